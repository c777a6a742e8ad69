import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{d as D}from"./chunk-R7OMIMYL.js";import{a as F,b as x,c as N,d as u}from"./chunk-OEGLS3WJ.js";import{c as A,g as O}from"./chunk-LVNSSPBH.js";import{a as $}from"./chunk-EB5X6PMR.js";import{b as R,c as b,d as j}from"./chunk-ENR2UMPF.js";import"./chunk-ZBNF3KWN.js";import"./chunk-2PC4KHSJ.js";import{a as h}from"./chunk-6PJKWVOO.js";import{a as C,b as l,c as f}from"./chunk-7JW26ELY.js";import"./chunk-TZN7URKK.js";import{stat as T}from"node:fs/promises";import{resolve as p}from"node:path";var E=`Usage: strategy-trace check [dir] [--config <path>] [--format text|json] [--today YYYY-MM-DD]
       strategy-trace check [dir] --changed-from <git-ref> [--theme <id>] [--format text|json]

Validates the strategy config and every ADR under the configured ADR paths of a working tree
(default: the current directory), as the Action does on push. With --changed-from, checks what
changed between the ref and the working tree as the Action checks a pull request (for a pre-push
hook): the theme, the changed ADRs, the decisions governing the changed files and the technology
guidelines.

Options:
  --config <path>    Config file (default: <dir>/${x}). Without any config file,
                     ADRs are checked with the default settings and theme checks are skipped.
  --format <format>  text (default): one "file:line:col severity CODE message" line per finding and a
                     summary line; json: one JSON object.
  --today <date>     Check as of this date (review dates), default: today.
  --changed-from <ref>  Check only the change from this commit (e.g. origin/main) to the working tree.
  --theme <id>       With --changed-from: the theme the change names (else the branch theme/<id>/\u2026).
  -h, --help         Show this help.

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or config error.`,Z={name:"check",summary:"Validate the strategy config and every ADR of a working tree",help:E,async run(o,t){let{values:e,positionals:i}=R(o,{config:{type:"string"},format:{type:"string"},today:{type:"string"},"changed-from":{type:"string"},theme:{type:"string"}});if(e.help)return U(t);if(i.length>1)throw new h(`expected at most one directory, got ${i.length}: ${i.join(" ")}.`);let a=b("format",e.format,["text","json"],"text"),d=j(e.today,t),r=p(t.cwd,i[0]??".");await M(r,i[0]??".");let n=await N({root:r,cwd:t.cwd,option:e.config});if(n.status==="invalid")return y(t,a,{findings:n.findings,adrs:0,config:n.file,code:2});let c=e["changed-from"];if(c!==void 0){let{checkChanges:s}=await import("./check-changes-6JH6GS3K.js"),m=await s({root:r,ref:c,theme:e.theme,config:n.config,today:d}),v=l([...n.findings,...m.findings.map(g=>g.file===void 0?g:{...g,file:u(t.cwd,p(r,g.file))})]),S=f(v).error>0?1:0;return y(t,a,{findings:v,adrs:m.adrsChecked,config:n.file,code:S,governing:m.governing})}if(e.theme!==void 0)throw new h("--theme only applies with --changed-from <ref>.");let w=await A({source:O(r),config:n.config,today:d}),I=w.findings.filter(s=>n.config.themes.length>0||!F.has(s.code)).map(s=>s.file===void 0?s:{...s,file:u(t.cwd,p(r,s.file))}),G=n.status==="missing"?[H(n.file)]:[],k=l([...n.findings,...G,...I]),P=f(k).error>0?1:0;return y(t,a,{findings:k,adrs:w.adrs.length,config:n.status==="loaded"?n.file:null,code:P})}};function y(o,t,e){let i=f(e.findings),a=e.governing===void 0?void 0:_(e.governing);if(t==="json")return o.stdout(JSON.stringify({config:e.config,adrsChecked:e.adrs,counts:i,findings:e.findings,...a===void 0?{}:{governing:a},exitCode:e.code},null,2)+`
`),e.code;for(let n of e.findings)o.stdout($(n)+`
`);for(let n of a??[])for(let c of n.decisions)o.stdout(`${n.path}: governed by ${c.file} (${c.status??"unknown status"}) via ${c.via}
`);let d=`${i.error} error${i.error===1?"":"s"}, ${i.warning} warning${i.warning===1?"":"s"}, ${i.notice} notice${i.notice===1?"":"s"}`,r=e.code===2?`The config ${e.config} is invalid`:`Checked ${e.adrs} ADR${e.adrs===1?"":"s"}`;return o.stdout(`${r}: ${d}.
`),e.code}function _(o){return o.perPath.map(({path:t,decisions:e})=>({path:t,decisions:e.map(D)}))}function H(o){let t=`No strategy config at ${o}: ADRs were checked with the default settings and theme checks were skipped. Add the file (a list of \`themes:\` is enough) to check themes too.`;return C("CONFIG_NOT_FOUND","notice",t,{file:o})}async function M(o,t){if(!(await T(o).catch(()=>null))?.isDirectory())throw new h(`${t} is not a directory. Pass the root of a working tree, e.g. \`strategy-trace check .\`.`)}function U(o){return o.stdout(E+`
`),0}export{Z as checkCommand};
