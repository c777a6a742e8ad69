import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{b as p,d as y,e as w,g as C,h as k,i as $}from"./chunk-TKNDE2X2.js";import{a as u}from"./chunk-EB5X6PMR.js";import{a as m,b as h,c,x as D,y as F,z as A}from"./chunk-ZWER6ZQR.js";import{a as f}from"./chunk-6PJKWVOO.js";import"./chunk-TZN7URKK.js";import{stat as I}from"node:fs/promises";import{resolve as O}from"node:path";var N=`Usage: strategy-trace check [dir] [--config <path>] [--format text|json] [--today YYYY-MM-DD]

Validates the strategy config and every ADR under the configured ADR paths of a working tree
(default: the current directory), as the Action does on push.

Options:
  --config <path>    Config file (default: <dir>/${C}). Without any config file,
                     ADRs are checked with the default settings and theme checks are skipped.
  --format <format>  text (default): one "file:line:col severity CODE message" line per finding and a
                     summary line; json: one JSON object.
  --today <date>     Check as of this date (review dates), default: today.
  -h, --help         Show this help.

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or config error.`,V={name:"check",summary:"Validate the strategy config and every ADR of a working tree",help:N,async run(o,e){let{values:t,positionals:n}=D(o,{config:{type:"string"},format:{type:"string"},today:{type:"string"}});if(t.help)return T(e);if(n.length>1)throw new f(`expected at most one directory, got ${n.length}: ${n.join(" ")}.`);let a=F("format",t.format,["text","json"],"text"),d=A(t.today,e),r=O(e.cwd,n[0]??".");await S(r,n[0]??".");let i=await k({root:r,cwd:e.cwd,option:t.config});if(i.status==="invalid")return v(e,a,{findings:i.findings,adrs:0,config:i.file,code:2});let g=await p({source:w(r),config:i.config,today:d}),x=g.findings.filter(s=>i.config.themes.length>0||!y.has(s.code)).map(s=>s.file===void 0?s:{...s,file:$(e.cwd,O(r,s.file))}),E=i.status==="missing"?[R(i.file)]:[],l=h([...i.findings,...E,...x]),j=c(l).error>0?1:0;return v(e,a,{findings:l,adrs:g.adrs.length,config:i.status==="loaded"?i.file:null,code:j})}};function v(o,e,t){let n=c(t.findings);if(e==="json")return o.stdout(JSON.stringify({config:t.config,adrsChecked:t.adrs,counts:n,findings:t.findings,exitCode:t.code},null,2)+`
`),t.code;for(let r of t.findings)o.stdout(u(r)+`
`);let a=`${n.error} error${n.error===1?"":"s"}, ${n.warning} warning${n.warning===1?"":"s"}, ${n.notice} notice${n.notice===1?"":"s"}`,d=t.code===2?`The config ${t.config} is invalid`:`Checked ${t.adrs} ADR${t.adrs===1?"":"s"}`;return o.stdout(`${d}: ${a}.
`),t.code}function R(o){let e=`No strategy config at ${o}: ADRs were checked with the default settings and theme checks were skipped. Add the file (a list of \`themes:\` is enough) to check themes too.`;return m("CONFIG_NOT_FOUND","notice",e,{file:o})}async function S(o,e){if(!(await I(o).catch(()=>null))?.isDirectory())throw new f(`${e} is not a directory. Pass the root of a working tree, e.g. \`strategy-trace check .\`.`)}function T(o){return o.stdout(N+`
`),0}export{V as checkCommand};
