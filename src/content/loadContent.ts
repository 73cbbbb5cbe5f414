import { buildContent, type ContentBuild } from './buildContent.ts';
import { readContentDir, type ContentDirInput } from './readContentDir.ts';

/**
 * Reads and parses the whole content folder. Content problems come back as `errors`; only a
 * missing or unreadable folder throws, since then there is no file to point at.
 */
export async function loadContent(contentDir: string): Promise<ContentBuild> {
  let input: ContentDirInput;
  try {
    input = await readContentDir(contentDir);
  } catch (error) {
    throw new Error(`Saywire cannot read the content folder ${contentDir}`, { cause: error });
  }
  return buildContent(input);
}
