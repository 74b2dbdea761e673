import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * The package root: the nearest folder above this module that holds `rubrics/` and `templates/`.
 * This module sits at different depths as source (src/), in tests, and bundled (dist/chunks/).
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !(existsSync(join(dir, "rubrics")) && existsSync(join(dir, "templates"))); i++) dir = dirname(dir);
  root = dir;
  return dir;
}

export const bundledRubricsDir = () => join(packageRoot(), "rubrics");
export const defaultRubricPath = () => join(packageRoot(), "rubrics", "marketing-leadership.yaml");
