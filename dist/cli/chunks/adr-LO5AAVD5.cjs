var p=Object.defineProperty;var j=Object.getOwnPropertyDescriptor;var S=Object.getOwnPropertyNames;var D=Object.prototype.hasOwnProperty;var k=(e,t)=>{for(var r in t)p(e,r,{get:t[r],enumerable:!0})},A=(e,t,r,s)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of S(t))!D.call(e,o)&&o!==r&&p(e,o,{get:()=>t[o],enumerable:!(s=j(t,o))||s.enumerable});return e};var C=e=>A(p({},"__esModule",{value:!0}),e);var Y={};k(Y,{adrCommand:()=>$});module.exports=C(Y);var c=require("./chunk-INISXDQX.cjs"),l=require("./chunk-ZV5TYJRU.cjs"),m=require("./chunk-KI7IXZ57.cjs"),P=require("./chunk-5ERIOGAE.cjs"),f=require("./chunk-2N5MA7IN.cjs"),J=require("./chunk-ZHIWJUAJ.cjs"),g=require("./chunk-NXDKFORF.cjs"),v=require("./chunk-DXZRL2S2.cjs"),L=require("./chunk-CFYFLVIA.cjs"),w=require("node:path"),y=`Usage: strategy-trace adr <files\u2026> [--json] [--config <path>] [--today YYYY-MM-DD]

Prints what the parser read from each ADR file: title, number, status, dates, theme, supersession
links, and the findings for that file. Works without any config (the default statuses are used).

Options:
  --json             A JSON array, one object per file, with the keys file, title, number, status,
                     rawStatus, date, theme, supersededBy, supersedes, reviewDate, findings
                     (each finding: code, severity, line, message).
  --config <path>    Config file for statuses, synonyms and themes (default: ./${l.b}
                     if it exists; without one, theme checks are skipped).
  --today <date>     Check review dates as of this date, default: today.
  -h, --help         Show this help.

Exit codes: 0 the files were read (whatever their findings), 2 usage or config error.`,$={name:"adr",summary:"Print what the parser reads from ADR files (--json for machines)",help:y,async run(e,t){let{values:r,positionals:s}=(0,m.b)(e,{json:{type:"boolean"},config:{type:"string"},today:{type:"string"}});if(r.help)return t.stdout(y+`
`),0;if(s.length===0)throw new g.a("name at least one ADR file, e.g. `strategy-trace adr docs/adr/0001-record.md`.");let o=(0,m.d)(r.today,t),d=await(0,l.c)({root:t.cwd,cwd:t.cwd,option:r.config});if(d.status==="invalid"){for(let n of d.findings)t.stderr((0,c.a)(n)+`
`);return t.stderr(`The config ${d.file} is invalid; fix it, or pass another one with --config.
`),2}let u=await Promise.all(s.map(n=>(0,f.h)((0,w.resolve)(t.cwd,n)))),a=s.filter((n,h)=>u[h]===null);if(a.length>0)throw new g.a(`cannot read ${a.join(", ")}: no such file (or not a regular file).`);let i=s.map((n,h)=>x((0,l.d)(t.cwd,(0,w.resolve)(t.cwd,n)),u[h]??"",d.config,o,d.config.themes.length>0)),b=r.json?JSON.stringify(i.map(n=>n.report),null,2)+`
`:i.map(n=>R(n.report,n.findings)).join(`
`);return t.stdout(b),0}};function x(e,t,r,s,o){let d=(0,f.d)(e,t,r),u=[...d.findings,...(0,f.a)({adr:d.adr,config:r,today:s})].filter(i=>o||!l.a.has(i.code)),a=d.adr;return{report:{file:e,title:a.title,number:a.number,status:a.status,rawStatus:a.rawStatus,date:a.date,theme:B(a.theme,r),supersededBy:a.supersededBy,supersedes:a.supersedes,reviewDate:a.reviewDate,findings:u.map(i=>({code:i.code,severity:i.severity,line:i.line??null,message:i.message}))},findings:u.map(i=>({...i,file:e}))}}function B(e,t){if(e===null)return null;let r=(0,v.f)(e,t.themes);return r.kind==="found"?r.theme.id:e}function R(e,t){let r=s=>s===null?"-":String(s).replace(/[\u0000-\u001f\u007f-\u009f]+/g," ");return[e.file,`  title:         ${r(e.title)}`,`  number:        ${r(e.number)}`,`  status:        ${r(e.status)}${e.rawStatus!==null&&e.rawStatus.toLowerCase()!==e.status?` (written "${r(e.rawStatus)}")`:""}`,`  date:          ${r(e.date)}`,`  theme:         ${r(e.theme)}`,`  superseded by: ${r(e.supersededBy)}`,`  supersedes:    ${e.supersedes.length>0?r(e.supersedes.join(", ")):"-"}`,`  review date:   ${r(e.reviewDate)}`,...t.map(s=>`  ${(0,c.a)(s)}`)].join(`
`)+`
`}
