/**
 * Vite configuration of the news-kg viewer
 * ========================================
 *
 * The viewer is a static site: `vite build` writes `viewer/dist/` with the
 * graph files beside `index.html`, so any static file server can serve it.
 * `base: "./"` keeps every URL relative, so the site also works from a
 * sub-folder of a server.
 *
 * The graph is not copied into the viewer's sources: the `kg-graph` plugin
 * reads `graph/graph.json` (and `graph.gexf` beside it, if present) when the
 * dev server is asked for it or when the site is built. `KG_GRAPH=path/to/graph.json`
 * points it at another build (a larger corpus, a test fixture).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const viewerDir = path.dirname(fileURLToPath(import.meta.url));

function graphFiles(): Record<string, string> {
  const json = path.resolve(process.env.KG_GRAPH ?? path.join(viewerDir, "..", "graph", "graph.json"));
  const gexf = json.replace(/\.json$/i, ".gexf");
  const files: Record<string, string> = { "graph.json": json };
  if (gexf !== json && fs.existsSync(gexf)) files["graph.gexf"] = gexf;
  return files;
}

function kgGraph(): Plugin {
  return {
    name: "kg-graph",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? "").split("?")[0]?.replace(/^\//, "") ?? "";
        const file = graphFiles()[name];
        if (!file) return next();
        fs.readFile(file, (error, data) => {
          if (error) {
            res.statusCode = 404;
            res.end(`kg-graph: cannot read ${file}: ${error.message}. Run \`node bin/kg.js build\` first.`);
            return;
          }
          res.setHeader("Content-Type", name.endsWith(".json") ? "application/json" : "application/xml");
          res.setHeader("Cache-Control", "no-store");
          res.end(data);
        });
      });
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(graphFiles())) {
        if (!fs.existsSync(file)) {
          this.error(`kg-graph: ${file} does not exist. Build the graph first (\`node bin/kg.js build\`), or set KG_GRAPH.`);
        }
        this.emitFile({ type: "asset", fileName, source: fs.readFileSync(file) });
      }
    },
  };
}

export default defineConfig({
  root: viewerDir,
  base: "./",
  plugins: [kgGraph()],
  server: { host: "127.0.0.1", port: 5173 },
  build: {
    outDir: path.join(viewerDir, "dist"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1024,
  },
});
