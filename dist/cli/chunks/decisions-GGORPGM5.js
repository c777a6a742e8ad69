import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{a as w}from"./chunk-GCQX5BML.js";import{d as p,e as g}from"./chunk-R7OMIMYL.js";import{c as l}from"./chunk-OEGLS3WJ.js";import{g as m}from"./chunk-LVNSSPBH.js";import{b as u,c as y}from"./chunk-ENR2UMPF.js";import"./chunk-ZBNF3KWN.js";import"./chunk-2PC4KHSJ.js";import{a as d}from"./chunk-6PJKWVOO.js";import"./chunk-7JW26ELY.js";import"./chunk-TZN7URKK.js";import{relative as k,resolve as c,sep as x}from"node:path";var v=`Usage: strategy-trace decisions <path>\u2026 [--root <dir>] [--config <path>] [--json]

Lists the decisions that govern the given paths of a working tree, as the Action's pull request
comment shows them: every ADR under the configured ADR paths whose \`affects\` globs match, and the
org-wide \`decisions:\` of the config. Rejected decisions are never listed; superseded and deprecated
ones only where nothing in force covers the path, with what replaces them.

Options:
  --root <dir>       Root of the working tree (default: the current directory). Paths are relative
                     to the current directory and must lie inside the root.
  --config <path>    Config file (default: <root>/.github/strategy.yml).
  --format <format>  text (default), or json: [{ "path", "decisions": [{ "file", "number", "title",
                     "status", "theme", "via" }] }], "via" being the glob that matched (and
                     "supersededBy" for a superseded decision).
  --json             The same as --format json.
  -h, --help         Show this help.

Exit codes: 0 listed (also when nothing governs the paths), 2 usage or config error.`,F={name:"decisions",summary:"List the decisions (ADR affects globs, org decisions) that govern some paths",help:v,async run(r,e){let{values:o,positionals:n}=u(r,{root:{type:"string"},config:{type:"string"},format:{type:"string"},json:{type:"boolean"}});if(o.help)return e.stdout(v+`
`),0;if(n.length===0)throw new d("name at least one path, e.g. `strategy-trace decisions src/billing/invoice.ts`.");let $=o.json?"json":y("format",o.format,["text","json"],"text"),i=c(e.cwd,o.root??"."),h=n.map(t=>A(i,c(e.cwd,t),t)),a=await l({root:i,cwd:e.cwd,option:o.config});if(a.status==="invalid")return e.stderr(`strategy-trace decisions: the config ${a.file} is invalid; run \`strategy-trace check\`.
`),2;let b=await w({source:m(i),paths:h,config:a.config}),j=new Map(b.perPath.map(t=>[t.path,t.decisions])),f=h.map(t=>({path:t,decisions:(j.get(t)??[]).map(s=>({...p(s),...s.decision.supersededBy===null?{}:{supersededBy:s.decision.supersededBy}}))}));if($==="json")return e.stdout(JSON.stringify(f,null,2)+`
`),0;for(let t of f){e.stdout(`${t.path}
`),t.decisions.length===0&&e.stdout(`  no decision governs it
`);for(let s of t.decisions){let C=s.theme===null?"":`, theme ${s.theme}`,B=s.supersededBy===void 0?"":`, superseded by ${s.supersededBy}`;e.stdout(`  ${g(s)} (${s.status??"unknown status"}${C}${B}) via ${s.via} \u2014 ${s.file}
`)}}return 0}};function A(r,e,o){let n=k(r,e);if(n===""||n.startsWith("..")||c(r,n)!==e)throw new d(`${o} is not inside the working tree ${r}; pass paths below --root.`);return n.split(x).join("/")}export{F as decisionsCommand};
