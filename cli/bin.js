#!/usr/bin/env node
// `beamlet` entry point: runs the TypeScript CLI through tsx.
import { register } from "tsx/esm/api";
register();
await import("./main.ts");
