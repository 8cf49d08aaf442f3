/**
 * The toolbar: camera, layout and downloads
 * =========================================
 *
 * Zoom in, zoom out, reset the view; run ForceAtlas2 again in a web worker
 * (and stop it); save the current picture as PNG (`@sigma/export-image`,
 * drawn with the same reducers, so filters and highlights show); download the
 * graph as JSON (with the current positions) or the build's GEXF.
 */
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import { downloadFile } from "./download-file.js";
import { element } from "./element.js";
import type { LayoutRunner } from "./layout-runner.js";
import type { KgGraph } from "./types.js";

export interface ControlsOptions {
  sigma: Sigma;
  graph: KgGraph;
  layout: LayoutRunner;
  /** URL of the build's GEXF, when it exists. */
  gexfUrl: string | null;
  fileBase: string;
  backgroundColor: string;
  /** "Reset the view": frame what is shown. */
  resetView(): void;
}

export function mountControls(container: HTMLElement, options: ControlsOptions): void {
  const { sigma, graph, layout } = options;
  const camera = sigma.getCamera();
  const button = (name: string, text: string, title: string, onClick: () => void) =>
    element("button", { className: `control control-${name}`, attrs: { type: "button", "data-control": name, "aria-label": title }, title, onClick }, text);

  const layoutButton = button("layout", "▶ layout", "run the ForceAtlas2 layout again (in a web worker)", () => {
    if (layout.isRunning()) layout.stop();
    else layout.start();
    const running = layout.isRunning();
    layoutButton.textContent = running ? "■ stop" : "▶ layout";
    layoutButton.setAttribute("aria-pressed", String(running));
  });

  const gexf = button("gexf", "GEXF", "download the graph as GEXF (for Gephi)", () => {
    if (options.gexfUrl) void fetchAndSave(options.gexfUrl, `${options.fileBase}.gexf`);
  });
  if (!options.gexfUrl) {
    gexf.disabled = true;
    gexf.title = "no GEXF file was built beside this graph";
  }

  container.append(
    element(
      "div",
      { className: "control-group", attrs: { role: "group", "aria-label": "camera" } },
      button("zoom-in", "+", "zoom in", () => void camera.animatedZoom({ duration: 300 })),
      button("zoom-out", "−", "zoom out", () => void camera.animatedUnzoom({ duration: 300 })),
      button("zoom-reset", "⟲", "reset the view (frame the nodes shown)", () => options.resetView()),
    ),
    element("div", { className: "control-group", attrs: { role: "group", "aria-label": "layout" } }, layoutButton),
    element(
      "div",
      { className: "control-group", attrs: { role: "group", "aria-label": "export" } },
      button("png", "PNG", "save the current view as a PNG image", () => {
        void downloadAsPNG(sigma, { fileName: options.fileBase, backgroundColor: options.backgroundColor });
      }),
      button("json", "JSON", "download the graph as JSON (graphology format, current positions)", () => {
        downloadFile(`${options.fileBase}.json`, new Blob([JSON.stringify(graph.export())], { type: "application/json" }));
      }),
      gexf,
    ),
  );
}

async function fetchAndSave(url: string, fileName: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  downloadFile(fileName, await response.blob());
}
