var l=Object.defineProperty;var x=Object.getOwnPropertyDescriptor;var A=Object.getOwnPropertyNames;var R=Object.prototype.hasOwnProperty;var C=(t,e)=>{for(var s in e)l(t,s,{get:e[s],enumerable:!0})},D=(t,e,s,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let a of A(e))!R.call(t,a)&&a!==s&&l(t,a,{get:()=>e[a],enumerable:!(r=x(e,a))||r.enumerable});return t};var L=t=>D(l({},"__esModule",{value:!0}),t);var P={};C(P,{decisionsCommand:()=>$});module.exports=L(P);var w=require("./chunk-PYDCHD42.cjs"),d=require("./chunk-HNWE6OGD.cjs"),y=require("./chunk-ZV5TYJRU.cjs"),h=require("./chunk-KI7IXZ57.cjs"),q=require("./chunk-5ERIOGAE.cjs"),v=require("./chunk-2N5MA7IN.cjs"),E=require("./chunk-ZHIWJUAJ.cjs"),f=require("./chunk-NXDKFORF.cjs"),F=require("./chunk-DXZRL2S2.cjs"),J=require("./chunk-CFYFLVIA.cjs"),n=require("node:path"),g=`Usage: strategy-trace decisions <path>\u2026 [--root <dir>] [--config <path>] [--json]

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

Exit codes: 0 listed (also when nothing governs the paths), 2 usage or config error.`,$={name:"decisions",summary:"List the decisions (ADR affects globs, org decisions) that govern some paths",help:g,async run(t,e){let{values:s,positionals:r}=(0,h.b)(t,{root:{type:"string"},config:{type:"string"},format:{type:"string"},json:{type:"boolean"}});if(s.help)return e.stdout(g+`
`),0;if(r.length===0)throw new f.a("name at least one path, e.g. `strategy-trace decisions src/billing/invoice.ts`.");let a=s.json?"json":(0,h.c)("format",s.format,["text","json"],"text"),c=(0,n.resolve)(e.cwd,s.root??"."),m=r.map(o=>O(c,(0,n.resolve)(e.cwd,o),o)),p=await(0,y.c)({root:c,cwd:e.cwd,option:s.config});if(p.status==="invalid")return e.stderr(`strategy-trace decisions: the config ${p.file} is invalid; run \`strategy-trace check\`.
`),2;let b=await(0,w.a)({source:(0,v.g)(c),paths:m,config:p.config}),j=new Map(b.perPath.map(o=>[o.path,o.decisions])),u=m.map(o=>({path:o,decisions:(j.get(o)??[]).map(i=>({...(0,d.d)(i),...i.decision.supersededBy===null?{}:{supersededBy:i.decision.supersededBy}}))}));if(a==="json")return e.stdout(JSON.stringify(u,null,2)+`
`),0;for(let o of u){e.stdout(`${o.path}
`),o.decisions.length===0&&e.stdout(`  no decision governs it
`);for(let i of o.decisions){let B=i.theme===null?"":`, theme ${i.theme}`,k=i.supersededBy===void 0?"":`, superseded by ${i.supersededBy}`;e.stdout(`  ${(0,d.e)(i)} (${i.status??"unknown status"}${B}${k}) via ${i.via} \u2014 ${i.file}
`)}}return 0}};function O(t,e,s){let r=(0,n.relative)(t,e);if(r===""||r.startsWith("..")||(0,n.resolve)(t,r)!==e)throw new f.a(`${s} is not inside the working tree ${t}; pass paths below --root.`);return r.split(n.sep).join("/")}
