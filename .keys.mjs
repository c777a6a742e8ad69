import { readFileSync } from 'node:fs'
const j = JSON.parse(readFileSync('node_modules/@octokit/openapi/generated/api.github.com.json','utf8'))
const show = (p, m='get') => {
  const op = j.paths[p][m]
  const code = Object.keys(op.responses)[0]
  const resp = op.responses[code]
  const r = resp.$ref ? j.components.responses[resp.$ref.split('/').pop()] : resp
  const c = r.content?.['application/json']
  const ex = Object.values(c?.examples ?? {})[0]
  const e = ex?.$ref ? j.components.examples[ex.$ref.split('/').pop()] : ex
  const summarize = (v, d=0) => Array.isArray(v) ? '[' + (v.length ? summarize(v[0], d) : '') + ']' : v && typeof v === 'object' ? (d>1 ? '{…}' : '{' + Object.entries(v).map(([k,x]) => k + (x && typeof x==='object' && !['user','owner','creator','assignee','uploader','actor','sender','merged_by','closed_by','account','license','organization','permissions','milestone','reactions','assignees','requested_reviewers','requested_teams','sub_issues_summary','issue_dependencies_summary','_links','security_and_analysis','template_repository','parent','source','performed_via_github_app','pull_request','head','base','repo'].includes(k) ? ':'+summarize(x,d+1) : '')).join(',') + '}') : ''
  console.log(m.toUpperCase(), p, code, summarize(e?.value))
}
for (const a of process.argv.slice(2)) { const [m,p]=a.split(' '); show(p,m) }
