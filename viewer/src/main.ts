/**
 * Entry point of the viewer
 * =========================
 *
 * Finds the page's elements, loads the graph (graph.json beside the page, or
 * `?graph=…`), and starts the app. Errors are shown on the page as text. The
 * running app is exposed as `window.__kgViewer` for the end-to-end tests and
 * for poking at from the console.
 */
import "./style.css";
import { createViewerApp, type ViewerApp, type ViewerElements } from "./app.js";
import { graphSource } from "./graph-source.js";
import { loadGraph } from "./load-graph.js";

declare global {
  interface Window {
    __kgViewer?: ViewerApp;
  }
}

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`viewer: the page has no #${id}`);
  return el;
}

async function main(): Promise<void> {
  const status = byId("status");
  document.body.dataset.state = "loading";
  try {
    const source = graphSource(location);
    status.textContent = "Loading the graph…";
    const graph = await loadGraph(source.json);
    const gexfUrl = (await exists(source.gexf)) ? source.gexf : null;
    const elements: ViewerElements = {
      stage: byId("stage"),
      search: byId("search"),
      controls: byId("controls"),
      legend: byId("legend"),
      filters: byId("filters"),
      timeline: byId("timeline"),
      details: byId("details"),
      status,
    };
    const name = graph.getAttribute("name");
    document.title = `news-kg viewer${name ? ` · ${name}` : ""}`;
    window.__kgViewer = createViewerApp(graph, elements, { gexfUrl });
    document.body.dataset.state = "ready";
  } catch (error) {
    status.textContent = `Could not show the graph: ${(error as Error).message}`;
    status.classList.add("error");
    document.body.dataset.state = "error";
    console.error(error);
  }
}

async function exists(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: "HEAD", cache: "no-cache" });
    // A dev server may answer any path with index.html: that is not a GEXF.
    return response.ok && !(response.headers.get("content-type") ?? "").includes("text/html");
  } catch {
    return false;
  }
}

void main();
