import type { AppRecord, InstallationRecord } from '../../state/records.js'
import type { Urls } from './urls.js'
import { serializeUser } from './user.js'

/** `GET /app`: the app as its JWT or one of its installation tokens sees it. */
export function serializeApp(app: AppRecord, urls: Urls) {
  return {
    id: app.id,
    slug: app.slug,
    client_id: app.clientId,
    node_id: Buffer.from(`011:Integration${app.id}`).toString('base64'),
    owner: serializeUser(app.owner, urls),
    name: app.name,
    description: '',
    external_url: `${urls.html}/apps/${app.slug}`,
    html_url: `${urls.html}/apps/${app.slug}`,
    created_at: app.createdAt,
    updated_at: app.createdAt,
    permissions: app.permissions,
    events: app.events,
  }
}

/** The installation shape of `GET /app/installations`, `GET /repos/{o}/{r}/installation` and webhooks. */
export function serializeInstallation(installation: InstallationRecord, app: AppRecord, urls: Urls) {
  const account = installation.account
  return {
    id: installation.id,
    client_id: app.clientId,
    account: serializeUser(account, urls),
    repository_selection: installation.repositorySelection,
    access_tokens_url: `${urls.api}/app/installations/${installation.id}/access_tokens`,
    repositories_url: `${urls.api}/installation/repositories`,
    html_url:
      account.type === 'Organization'
        ? `${urls.html}/organizations/${account.login}/settings/installations/${installation.id}`
        : `${urls.html}/settings/installations/${installation.id}`,
    app_id: app.id,
    app_slug: app.slug,
    target_id: account.id,
    target_type: account.type,
    permissions: installation.permissions,
    events: installation.events,
    created_at: installation.createdAt,
    updated_at: installation.updatedAt,
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: installation.suspendedAt,
  }
}
