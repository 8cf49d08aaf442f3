/**
 * A camera that frames the nodes shown
 * ====================================
 *
 * sigma frames the whole graph, hidden nodes included, so a first view of the
 * connected middle of a corpus graph would sit small inside the ring of
 * isolated names. This computes the camera state that frames the given nodes
 * (sigma's "framed graph" coordinates, from the graph's own positions), with
 * a margin.
 */
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

export function cameraToFit(sigma: Sigma, nodes: Iterable<string>, margin = 1.15): CameraState | null {
  const graph = sigma.getGraph();
  const identity = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const node of nodes) {
    const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
    const p = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }, { cameraState: identity }), { cameraState: identity });
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX)) return null;
  // How much of the framed graph the stage shows at ratio 1, across and down.
  const { width, height } = sigma.getDimensions();
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: identity });
  const b = sigma.viewportToFramedGraph({ x: width, y: height }, { cameraState: identity });
  const spanX = Math.abs(b.x - a.x) || 1;
  const spanY = Math.abs(b.y - a.y) || 1;
  const ratio = Math.max((maxX - minX) / spanX, (maxY - minY) / spanY, 0.02) * margin;
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(1, ratio), angle: 0 };
}
