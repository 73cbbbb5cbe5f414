import { Link, NavLink } from 'react-router-dom';

/** The masthead: the Saywire name, linking to the front page. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link className="brand" to="/">
        Saywire
      </Link>
      <p className="tagline">Who said what</p>
      <nav className="site-nav" aria-label="Site">
        <ul>
          <li>
            <NavLink to="/speakers">Voices</NavLink>
          </li>
          <li>
            <NavLink to="/saved">Saved</NavLink>
          </li>
          <li>
            <NavLink to="/settings">Settings</NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
