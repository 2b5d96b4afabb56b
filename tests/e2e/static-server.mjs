// A static server for dist/ that behaves like the production nginx config (docs/hosting.md):
// real files (and prerendered pages, folder/index.html) are served as they are, /data/* that
// does not exist is a 404, an unknown /embed/ path gets the embed app (embed/shell.html),
// and any other unknown path gets the plain app (404.html, with status 200) so deep links and
// reloads work. Only /embed/ pages may be framed by other sites.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
};

async function fileAt(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, "index.html");
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {}
  return null;
}

/**
 * The Content-Security-Policy of docs/nginx.conf for this build: no inline script but
 * Trunk's loader (by hash), 'wasm-unsafe-eval' for the wasm. The browser tests run under it.
 */
async function contentSecurityPolicy(root) {
  const shell = await readFile(join(root, "404.html"), "utf8");
  const loader = shell.match(/<script type=["']?module["']?>([\s\S]*?)<\/script>/)?.[1] ?? "";
  const hash = createHash("sha256").update(loader).digest("base64");
  return (frameAncestors) =>
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${frameAncestors}`;
}

const isEmbed = (pathname) => pathname.startsWith("/embed/");

/** Starts serving `root` on a free loopback port; resolves to { url, close }. */
export async function serveDist(root) {
  const csp = await contentSecurityPolicy(root);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, "http://localhost");
    let path = await fileAt(root, pathname);
    if (!path) {
      if (pathname.startsWith("/data/") || extname(pathname)) {
        response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
        return;
      }
      path = join(root, isEmbed(pathname) ? "embed/shell.html" : "404.html");
    }
    const body = await readFile(path);
    response.writeHead(200, {
      "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      "content-security-policy": csp(isEmbed(pathname) ? "*" : "'self'"),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
