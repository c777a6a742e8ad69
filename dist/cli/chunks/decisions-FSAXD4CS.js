import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{a as l,c as p}from"./chunk-ZNBJOHLR.js";import{g,k as u}from"./chunk-TDCOLDAM.js";import{A as y,B as w}from"./chunk-LFQGSFY7.js";import{a as c}from"./chunk-6PJKWVOO.js";import"./chunk-TZN7URKK.js";import{relative as B,resolve as h,sep as k}from"node:path";var v=`Usage: strategy-trace decisions <path>\u2026 [--root <dir>] [--config <path>] [--json]

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

Exit codes: 0 listed (also when nothing governs the paths), 2 usage or config error.`,S={name:"decisions",summary:"List the decisions (ADR affects globs, org decisions) that govern some paths",help:v,async run(r,t){let{values:o,positionals:n}=y(r,{root:{type:"string"},config:{type:"string"},format:{type:"string"},json:{type:"boolean"}});if(o.help)return t.stdout(v+`
`),0;if(n.length===0)throw new c("name at least one path, e.g. `strategy-trace decisions src/billing/invoice.ts`.");let b=o.json?"json":w("format",o.format,["text","json"],"text"),i=h(t.cwd,o.root??"."),f=n.map(s=>x(i,h(t.cwd,s),s)),a=await u({root:i,cwd:t.cwd,option:o.config});if(a.status==="invalid")return t.stderr(`strategy-trace decisions: the config ${a.file} is invalid; run \`strategy-trace check\`.
`),2;let $=await p({source:g(i),paths:f,config:a.config}),j=new Map($.perPath.map(s=>[s.path,s.decisions])),m=f.map(s=>({path:s,decisions:(j.get(s)??[]).map(({decision:e,via:d})=>({file:e.file,number:e.number,title:e.title,status:e.status,theme:e.theme,via:d,...e.supersededBy===null?{}:{supersededBy:e.supersededBy}}))}));if(b==="json")return t.stdout(JSON.stringify(m,null,2)+`
`),0;for(let s of m){t.stdout(`${s.path}
`),s.decisions.length===0&&t.stdout(`  no decision governs it
`);for(let e of s.decisions){let d=e.theme===null?"":`, theme ${e.theme}`,C=e.supersededBy===void 0?"":`, superseded by ${e.supersededBy}`;t.stdout(`  ${l(e)} (${e.status??"unknown status"}${d}${C}) via ${e.via} \u2014 ${e.file}
`)}}return 0}};function x(r,t,o){let n=B(r,t);if(n===""||n.startsWith("..")||h(r,n)!==t)throw new c(`${o} is not inside the working tree ${r}; pass paths below --root.`);return n.split(k).join("/")}export{S as decisionsCommand};
