import { fileURLToPath } from "node:url";

// This module sits one folder below the package root both as source (src/) and bundled (dist/).
export const packageRoot = fileURLToPath(new URL("../", import.meta.url));
export const bundledRubricsDir = fileURLToPath(new URL("../rubrics/", import.meta.url));
export const defaultRubricPath = fileURLToPath(new URL("../rubrics/marketing-leadership.yaml", import.meta.url));
