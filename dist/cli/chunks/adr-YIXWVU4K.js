import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{a as y,b as v,c as C,d as A}from"./chunk-OEGLS3WJ.js";import{a as c,d as h,h as w}from"./chunk-LVNSSPBH.js";import{a as m}from"./chunk-EB5X6PMR.js";import{b,d as S}from"./chunk-ENR2UMPF.js";import"./chunk-ZBNF3KWN.js";import"./chunk-2PC4KHSJ.js";import{a as p}from"./chunk-6PJKWVOO.js";import{f as g}from"./chunk-7JW26ELY.js";import"./chunk-TZN7URKK.js";import{resolve as $}from"node:path";var j=`Usage: strategy-trace adr <files\u2026> [--json] [--config <path>] [--today YYYY-MM-DD]

Prints what the parser read from each ADR file: title, number, status, dates, theme, supersession
links, and the findings for that file. Works without any config (the default statuses are used).

Options:
  --json             A JSON array, one object per file, with the keys file, title, number, status,
                     rawStatus, date, theme, supersededBy, supersedes, reviewDate, findings
                     (each finding: code, severity, line, message).
  --config <path>    Config file for statuses, synonyms and themes (default: ./${v}
                     if it exists; without one, theme checks are skipped).
  --today <date>     Check review dates as of this date, default: today.
  -h, --help         Show this help.

Exit codes: 0 the files were read (whatever their findings), 2 usage or config error.`,L={name:"adr",summary:"Print what the parser reads from ADR files (--json for machines)",help:j,async run(e,s){let{values:t,positionals:d}=b(e,{json:{type:"boolean"},config:{type:"string"},today:{type:"string"}});if(t.help)return s.stdout(j+`
`),0;if(d.length===0)throw new p("name at least one ADR file, e.g. `strategy-trace adr docs/adr/0001-record.md`.");let a=S(t.today,s),o=await C({root:s.cwd,cwd:s.cwd,option:t.config});if(o.status==="invalid"){for(let n of o.findings)s.stderr(m(n)+`
`);return s.stderr(`The config ${o.file} is invalid; fix it, or pass another one with --config.
`),2}let l=await Promise.all(d.map(n=>w($(s.cwd,n)))),r=d.filter((n,f)=>l[f]===null);if(r.length>0)throw new p(`cannot read ${r.join(", ")}: no such file (or not a regular file).`);let u=d.map((n,f)=>D(A(s.cwd,$(s.cwd,n)),l[f]??"",o.config,a,o.config.themes.length>0)),i=t.json?JSON.stringify(u.map(n=>n.report),null,2)+`
`:u.map(n=>R(n.report,n.findings)).join(`
`);return s.stdout(i),0}};function D(e,s,t,d,a){let o=h(e,s,t),l=[...o.findings,...c({adr:o.adr,config:t,today:d})].filter(i=>a||!y.has(i.code)),r=o.adr;return{report:{file:e,title:r.title,number:r.number,status:r.status,rawStatus:r.rawStatus,date:r.date,theme:F(r.theme,t),supersededBy:r.supersededBy,supersedes:r.supersedes,reviewDate:r.reviewDate,findings:l.map(i=>({code:i.code,severity:i.severity,line:i.line??null,message:i.message}))},findings:l.map(i=>({...i,file:e}))}}function F(e,s){if(e===null)return null;let t=g(e,s.themes);return t.kind==="found"?t.theme.id:e}function R(e,s){let t=a=>a===null?"-":String(a).replace(/[\u0000-\u001f\u007f-\u009f]+/g," ");return[e.file,`  title:         ${t(e.title)}`,`  number:        ${t(e.number)}`,`  status:        ${t(e.status)}${e.rawStatus!==null&&e.rawStatus.toLowerCase()!==e.status?` (written "${t(e.rawStatus)}")`:""}`,`  date:          ${t(e.date)}`,`  theme:         ${t(e.theme)}`,`  superseded by: ${t(e.supersededBy)}`,`  supersedes:    ${e.supersedes.length>0?t(e.supersedes.join(", ")):"-"}`,`  review date:   ${t(e.reviewDate)}`,...s.map(a=>`  ${m(a)}`)].join(`
`)+`
`}export{L as adrCommand};
