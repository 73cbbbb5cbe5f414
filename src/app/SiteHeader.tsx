import { Link } from 'react-router-dom';

/** The masthead: the Saywire name, linking to the front page. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link className="brand" to="/">
        Saywire
      </Link>
      <p className="tagline">Who said what</p>
    </header>
  );
}
