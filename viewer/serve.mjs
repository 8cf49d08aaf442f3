#!/usr/bin/env node
/**
 * A small static file server for the built viewer
 * ===============================================
 *
 * `node viewer/serve.mjs [DIR]` serves `viewer/dist/` (or DIR) on 127.0.0.1,
 * port $PORT or the first free one from 5173, and prints the URL. `npm start`
 * uses it; the end-to-end tests import `createStaticServer` to serve the
 * built site and their fixtures. Node's own `http` module, no dependency:
 * the built site must work from any static server, and this proves it.
 *
 * Several roots may be given: a path is looked up in each in turn. Paths are
 * resolved inside the roots only (no `..` escapes).
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".gexf": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * @param {{ roots: string[] }} options
 * @returns {http.Server}
 */
export function createStaticServer({ roots }) {
  const resolvedRoots = roots.map((root) => path.resolve(root));
  return http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    for (const root of resolvedRoots) {
      const file = path.resolve(root, `.${pathname}`);
      if (file !== root && !file.startsWith(root + path.sep)) continue;
      let stat;
      try {
        stat = fs.statSync(file);
      } catch {
        continue;
      }
      if (!stat.isFile()) continue;
      res.writeHead(200, {
        "Content-Type": TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file).toLowerCase())] ?? "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      fs.createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`not found: ${pathname}`);
  });
}

/**
 * Listens on `port`, or on the first free port from `port` on when `scan` is true.
 * @param {http.Server} server
 * @param {{ host?: string, port?: number, scan?: boolean }} [options]
 * @returns {Promise<string>} the base URL
 */
export function listen(server, { host = "127.0.0.1", port = 0, scan = false } = {}) {
  return new Promise((resolve, reject) => {
    let attempt = port;
    const tryPort = () => {
      const onError = (/** @type {NodeJS.ErrnoException} */ error) => {
        server.off("listening", onListening);
        if (scan && error.code === "EADDRINUSE" && attempt < port + 50) {
          attempt++;
          tryPort();
        } else reject(error);
      };
      const onListening = () => {
        server.off("error", onError);
        const address = server.address();
        const actual = typeof address === "object" && address ? address.port : attempt;
        resolve(`http://${host}:${actual}/`);
      };
      server.once("error", onError);
      server.once("listening", onListening);
      server.listen(attempt, host);
    };
    tryPort();
  });
}

async function main() {
  const viewerDir = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(process.argv[2] ?? path.join(viewerDir, "dist"));
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(`serve: ${root}/index.html not found. Build the viewer first: npm run viewer:build`);
    process.exit(1);
  }
  const host = process.env.HOST || "127.0.0.1";
  const fixed = process.env.PORT ? Number(process.env.PORT) : null;
  if (fixed !== null && !(Number.isInteger(fixed) && fixed >= 0 && fixed < 65536)) {
    console.error(`serve: PORT=${process.env.PORT} is not a port number`);
    process.exit(1);
  }
  const server = createStaticServer({ roots: [root] });
  const url = await listen(server, { host, port: fixed ?? 5173, scan: fixed === null });
  console.log(`news-kg viewer: ${url}  (serving ${path.relative(process.cwd(), root) || "."}; Ctrl-C to stop)`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
}
