import { SiteCopy } from '../../schema.ts';
import { loadYaml } from './load-yaml.ts';

/** Loads the site copy, `content/site.yaml`, naming the file and field on error. */
export function loadSiteCopy(): SiteCopy {
  return loadYaml('content/site.yaml', SiteCopy);
}
