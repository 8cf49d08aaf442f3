/**
 * Moving the camera to a node or an edge
 * ======================================
 *
 * Centres the node and zooms so that its visible neighbours fit in the view
 * (a hub keeps a wide view, a leaf gets a close one). sigma's camera works in
 * "framed graph" coordinates (0..1 across the graph). They are computed here
 * from the graph's own positions, not read from the display data, which is
 * only normalised when sigma next renders (a scheduled refresh would leave
 * raw positions there).
 */
import type Sigma from "sigma";
import type { Coordinates } from "sigma/types";

export function framedPosition(sigma: Sigma, node: string): Coordinates {
  const { x, y } = sigma.getGraph().getNodeAttributes(node) as { x: number; y: number };
  return sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
}

export function focusNode(sigma: Sigma, node: string, minRatio: number): Promise<void> {
  const graph = sigma.getGraph();
  if (!graph.hasNode(node)) return Promise.resolve();
  const center = framedPosition(sigma, node);
  let reach = 0;
  for (const neighbour of graph.neighbors(node)) {
    if (sigma.getNodeDisplayData(neighbour)?.hidden) continue;
    const p = framedPosition(sigma, neighbour);
    reach = Math.max(reach, Math.abs(p.x - center.x), Math.abs(p.y - center.y));
  }
  const ratio = Math.min(1.2, Math.max(minRatio, reach * 2.6));
  return sigma.getCamera().animate({ x: center.x, y: center.y, ratio }, { duration: 500 });
}

export function focusEdge(sigma: Sigma, edge: string): Promise<void> {
  const graph = sigma.getGraph();
  if (!graph.hasEdge(edge)) return Promise.resolve();
  const [s, t] = graph.extremities(edge).map((n) => framedPosition(sigma, n)) as [Coordinates, Coordinates];
  return sigma.getCamera().animate({ x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 }, { duration: 400 });
}
