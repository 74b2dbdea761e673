import type { Io } from "../context.js";
import { EXIT, type ExitCode } from "../errors.js";
import { loadMessages, resolveLang, type Lang } from "../i18n/messages.js";
import { textResolver } from "../model/rubric.js";
import { loadRubricCached } from "../rubric/cache.js";
import { fitToWidth } from "../text/wrap.js";
import { bundledRubricFiles, displayPath, outputWidth } from "./shared.js";

/** `gapcheck rubrics`: the bundled rubrics and their profiles. */
export async function rubrics(o: { json: boolean; lang?: Lang; io: Io }): Promise<ExitCode> {
  const { io } = o;
  const list = [];
  for (const path of await bundledRubricFiles()) {
    const { rubric } = await loadRubricCached(path, await loadMessages("en"), io.env);
    if (!rubric) continue; // `gapcheck validate` reports it; a listing should still list the rest
    const locale = resolveLang(o.lang, io.env, rubric.defaultLocale);
    const text = textResolver(rubric, locale);
    list.push({
      id: rubric.data.id,
      version: rubric.data.version,
      title: text(rubric.data.title),
      file: displayPath(path, io),
      locales: rubric.data.locales,
      defaultProfile: rubric.defaultProfileId,
      profiles: rubric.data.profiles.map((p) => ({ id: p.id, title: text(p.title), description: text(p.description) })),
    });
  }
  if (o.json) {
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  const t = await loadMessages(resolveLang(o.lang, io.env));
  const lines: string[] = [];
  for (const r of list) {
    lines.push(`${r.id} ${r.version}  ${r.title}`, `  ${r.file}`);
    for (const p of r.profiles)
      lines.push(
        `  - ${p.id}${p.id === r.defaultProfile ? ` (${t.cli.defaultMark})` : ""}: ${p.title}${p.description ? ` — ${p.description}` : ""}`,
      );
  }
  io.stdout.write(`${fitToWidth(lines.join("\n"), outputWidth(io, undefined))}\n`);
  return EXIT.ok;
}
