/**
 * The view in the URL hash
 * ========================
 *
 * `#node=person:vladimir-putin&hide=event&conf=0.5&to=2016-12-31&cam=0.5,0.5,1`
 * records the selection, the filters and the camera, so a view can be
 * shared; `deg=2&men=3&iso=hide&scope=ego2&all=1&color=community` are the
 * structure filters, "show all" (no first-view budget) and the colouring. Only what differs from the defaults is written. Reading is lenient:
 * an unknown or malformed part is ignored, never an error.
 */
import { DEFAULT_HIDDEN_PREDICATES, SCOPES, defaultFilters } from "./filters.js";
import type { CameraView, Filters, Scope, Selection, ViewState } from "./types.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseUrlState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const filters: Filters = defaultFilters();
  const list = (name: string) => (params.get(name) ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  filters.hiddenKinds = list("hide");
  // Absent: the default (related_to hidden); present, even empty: exactly those.
  if (params.has("xpred")) filters.hiddenPredicates = list("xpred");
  filters.source = params.get("src") || null;
  const origin = params.get("origin");
  if (origin === "curated") filters.showExtracted = false;
  if (origin === "extracted") filters.showCurated = false;
  if (origin === "none") filters.showCurated = filters.showExtracted = false;
  const conf = Number(params.get("conf"));
  if (params.has("conf") && Number.isFinite(conf)) filters.minConfidence = Math.min(1, Math.max(0, conf));
  const from = params.get("from");
  const to = params.get("to");
  if (from && DAY.test(from)) filters.dateFrom = from;
  if (to && DAY.test(to)) filters.dateTo = to;
  filters.minDegree = count(params.get("deg"));
  filters.minMentions = count(params.get("men"));
  filters.hideIsolated = params.get("iso") === "hide";
  const scope = params.get("scope");
  if (scope && (SCOPES as readonly string[]).includes(scope)) filters.scope = scope as Scope;
  filters.overview = params.get("all") !== "1";

  let selection: Selection = null;
  const node = params.get("node");
  const edge = params.get("edge");
  if (node) selection = { type: "node", key: node };
  else if (edge) selection = { type: "edge", key: edge };

  let camera: CameraView | null = null;
  const cam = (params.get("cam") ?? "").split(",").map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && (cam[2] ?? 0) > 0) {
    camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  }
  return { selection, filters, camera, colorBy: params.get("color") === "community" ? "community" : "kind" };
}

function count(value: string | null): number {
  const n = Number(value);
  return value !== null && Number.isFinite(n) && n > 0 ? Math.min(1_000_000, Math.floor(n)) : 0;
}

export function formatUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  const { selection, filters, camera } = state;
  if (selection) params.set(selection.type, selection.key);
  if (filters.hiddenKinds.length > 0) params.set("hide", [...filters.hiddenKinds].sort().join(","));
  const hidden = [...filters.hiddenPredicates].sort().join(",");
  if (hidden !== [...DEFAULT_HIDDEN_PREDICATES].sort().join(",")) params.set("xpred", hidden);
  if (filters.source) params.set("src", filters.source);
  if (filters.showCurated !== filters.showExtracted) params.set("origin", filters.showCurated ? "curated" : "extracted");
  else if (!filters.showCurated) params.set("origin", "none");
  if (filters.minConfidence > 0) params.set("conf", String(filters.minConfidence));
  if (filters.dateFrom) params.set("from", filters.dateFrom);
  if (filters.dateTo) params.set("to", filters.dateTo);
  if (filters.minDegree > 0) params.set("deg", String(filters.minDegree));
  if (filters.minMentions > 0) params.set("men", String(filters.minMentions));
  if (filters.hideIsolated) params.set("iso", "hide");
  if (filters.scope !== "all") params.set("scope", filters.scope);
  if (!filters.overview) params.set("all", "1");
  if (state.colorBy === "community") params.set("color", "community");
  if (camera) params.set("cam", [camera.x, camera.y, camera.ratio].map((v) => round(v)).join(","));
  const text = params.toString();
  return text ? `#${text}` : "";
}

function round(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}
