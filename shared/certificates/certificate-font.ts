import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

/**
 * The certificate fonts: DejaVu Sans and DejaVu Sans Bold from the npm package
 * `dejavu-fonts-ttf` (files `node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf` and
 * `.../DejaVuSans-Bold.ttf`). DejaVu covers every Latvian letter (ā č ē ģ ī ķ ļ ņ š ū ž
 * and capitals), which the PDF standard fonts cannot encode.
 *
 * Locally (tsx, vitest) the files are found through Node's module resolution.
 *
 * In a bundled Lambda (esbuild) there is no node_modules, and esbuild does not follow
 * `require.resolve`, so the bundle must carry the two files itself. The Lambda that renders
 * certificates needs, in its NodejsFunction `bundling`:
 *   commandHooks.afterBundling(inputDir, outputDir) returning
 *     `mkdir -p ${outputDir}/fonts`,
 *     `cp ${inputDir}/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf ${outputDir}/fonts/`,
 *     `cp ${inputDir}/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf ${outputDir}/fonts/`
 *   (beforeBundling and beforeInstall returning []), and the environment variable
 *   `CERTIFICATE_FONT_DIR=/var/task/fonts`. An esbuild `loader` for `.ttf` alone does not help:
 *   it applies only to files the code `import`s, and the fonts are read at run time.
 *   Together about 1.4 MB; only the glyphs used are embedded in each PDF.
 */
export const CERTIFICATE_FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
} as const;

export const CERTIFICATE_FONT_DIR_ENV = "CERTIFICATE_FONT_DIR";

const FONT_PACKAGE_DIR = "dejavu-fonts-ttf/ttf";

export interface CertificateFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface CertificateFontPaths {
  regular: string;
  bold: string;
}

/** Where the two font files are: `CERTIFICATE_FONT_DIR` when set, else the npm package. */
export function certificateFontPaths(
  env: Record<string, string | undefined> = process.env,
): CertificateFontPaths {
  const dir = env[CERTIFICATE_FONT_DIR_ENV]?.trim();
  if (dir) {
    return {
      regular: join(dir, CERTIFICATE_FONT_FILES.regular),
      bold: join(dir, CERTIFICATE_FONT_FILES.bold),
    };
  }
  // Not named `require`: ESM bundles get a top-level `require` from the esbuild banner.
  const resolveFromHere = createRequire(import.meta.url);
  try {
    return {
      regular: resolveFromHere.resolve(`${FONT_PACKAGE_DIR}/${CERTIFICATE_FONT_FILES.regular}`),
      bold: resolveFromHere.resolve(`${FONT_PACKAGE_DIR}/${CERTIFICATE_FONT_FILES.bold}`),
    };
  } catch (error) {
    throw new Error(
      `certificate fonts not found: install dejavu-fonts-ttf or set ${CERTIFICATE_FONT_DIR_ENV} to a directory with ${CERTIFICATE_FONT_FILES.regular} and ${CERTIFICATE_FONT_FILES.bold}`,
      { cause: error },
    );
  }
}

// A warm Lambda renders many certificates: read each font file once per path.
const cache = new Map<string, Promise<CertificateFonts>>();

export function loadCertificateFonts(
  env: Record<string, string | undefined> = process.env,
): Promise<CertificateFonts> {
  const paths = certificateFontPaths(env);
  const key = `${paths.regular}\n${paths.bold}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const loading = Promise.all([readFont(paths.regular), readFont(paths.bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  // A failed read is not cached, so a fixed deployment or directory is picked up next time.
  loading.catch(() => cache.delete(key));
  cache.set(key, loading);
  return loading;
}

async function readFont(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(
      `certificate font ${path} cannot be read (is ${CERTIFICATE_FONT_DIR_ENV} right, and did the bundle copy the fonts?)`,
      { cause: error },
    );
  }
}
