import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
function r(n){return`${n.file?`${n.file}:${n.line??1}:${n.column??1}`:"-:-:-"} ${n.severity} ${n.code} ${e(n.message)}`}function e(n){return n.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g," ").trim()}export{r as a};
