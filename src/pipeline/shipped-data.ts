/**
 * pipeline/shipped-data: a data file shipped beside the module that reads it, made from an npm
 * package's files (extract/people/given-names.tsv, compare/background.tsv). Its first line names the
 * package files and their SHA-1; the file is used only when that line matches the installed
 * package, so the answers always follow the installed package (updated and not regenerated: the
 * data is built from the package as before, and the module's test says to regenerate).
 *
 * In:  the data file's path, the header the installed package gives, the builder of the lines.
 * Out: the text (header, then the lines), read or built; `writeShipped` regenerates the file
 *      atomically (temp file + rename), run as `npx node <module>.ts`.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** The shipped file's text when it was made from the installed package, else `header + build()`. */
export function shippedOrBuilt(dataFile: string, header: string, build: () => string): string {
  let text: string;
  try {
    text = readFileSync(dataFile, 'utf8');
  } catch {
    text = '';
  }
  return text.startsWith(header) ? text : header + build();
}

/** Writes the data file afresh, atomically, and says so. */
export function writeShipped(dataFile: string, text: string): void {
  writeFileSync(`${dataFile}.tmp`, text);
  renameSync(`${dataFile}.tmp`, dataFile);
  console.log(`wrote ${dataFile}`);
}
