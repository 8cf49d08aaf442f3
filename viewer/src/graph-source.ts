/**
 * Which graph file the viewer loads
 * =================================
 *
 * `graph.json` beside the page by default; `?graph=other.json` loads another
 * graph (a larger build, a test fixture). Only files of the page's own origin
 * are accepted, so a shared link cannot make the viewer fetch from elsewhere.
 */

export interface GraphSource {
  /** URL of the graph JSON. */
  json: string;
  /** URL where a GEXF of the same graph may be (the build writes both). */
  gexf: string;
}

export function graphSource(location: Pick<Location, "href" | "origin" | "search">): GraphSource {
  const param = new URLSearchParams(location.search).get("graph");
  const url = new URL(param && param.trim() ? param.trim() : "graph.json", location.href);
  if (url.origin !== location.origin || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new Error(`?graph=${param ?? ""}: only graph files served with this page can be loaded`);
  }
  const json = url.href;
  const gexfUrl = new URL(url.href);
  gexfUrl.pathname = gexfUrl.pathname.replace(/\.json$/i, "") + ".gexf";
  gexfUrl.search = "";
  return { json, gexf: gexfUrl.href };
}
