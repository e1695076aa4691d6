/**
 * The image files exported for each chart: a light SVG, a light PNG and a
 * dark PNG, named by `imageFiles` so every link to them agrees.
 */
import { imageFiles, type Theme } from '../embed/chart-urls.ts';

/** One file under `/charts/`. */
export interface ExportFile {
  /** The chart id. */
  id: string;
  /** The file name, `<id>.svg`, `<id>.png` or `<id>.dark.png`. */
  file: string;
  format: 'svg' | 'png';
  theme: Theme;
}

/** The image exports of chart `id`. */
export function exportFiles(id: string): ExportFile[] {
  const files = imageFiles(id);
  return [
    { id, file: files.svg, format: 'svg', theme: 'light' },
    { id, file: files.png, format: 'png', theme: 'light' },
    { id, file: files.pngDark, format: 'png', theme: 'dark' },
  ];
}
