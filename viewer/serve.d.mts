/**
 * Types of viewer/serve.mjs, for the end-to-end tests (TypeScript).
 */
import type { Server } from "node:http";

export function createStaticServer(options: { roots: string[] }): Server;
export function listen(server: Server, options?: { host?: string; port?: number; scan?: boolean }): Promise<string>;
