import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Gzipped size of the JavaScript the first screen needs: the entry script and everything it
 * imports statically (modulepreload links), not the lazy chunks.
 */
export function initialBundleGz(rendererDir: string): { bytes: number; files: string[]; totalBytes: number } {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const queue = refs.map((r) => path.join(rendererDir, r.replace(/^\.?\//, '')));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const src = fs.readFileSync(file, 'utf8');
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`; dynamic import() is lazy.
    for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) queue.push(path.join(path.dirname(file), m[1]));
  }
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
  let bytes = 0;
  for (const f of seen) bytes += gz(f);
  // The first screen also waits for its language's strings (a dynamic import before the first
  // render, src/renderer/src/main.tsx): count the larger of the language chunks.
  const assetsDir = path.join(rendererDir, 'assets');
  const languages = fs.readdirSync(assetsDir).filter((f) => /^(en|fr)-[\w-]+\.js$/.test(f));
  const language = languages.sort((a, b) => gz(path.join(assetsDir, b)) - gz(path.join(assetsDir, a)))[0];
  if (language) {
    bytes += gz(path.join(assetsDir, language));
    seen.add(path.join(assetsDir, language));
  }
  // Every script of the build, lazy chunks included: what the first paint does not wait for.
  const assets = path.join(rendererDir, 'assets');
  let totalBytes = 0;
  for (const f of fs.readdirSync(assets)) if (f.endsWith('.js')) totalBytes += gz(path.join(assets, f));
  return { bytes, files: [...seen].map((f) => path.relative(rendererDir, f)), totalBytes };
}
