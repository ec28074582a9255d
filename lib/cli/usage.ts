// The text of `npm run cli -- --help`.
export const USAGE = `Usage: npm run cli -- <command> <topology.json> [options]

Plans and applies an IGEL UMS or XenMobile Server topology (a JSON file exported from the
dashboard, see examples/) on a NetScaler through the NITRO API.

Commands:
  plan <topology.json>     Show what an apply would change. Without --appliance the plan is
                           made against an empty appliance: every object is a create, and
                           neither the network nor a database is used.
  apply <topology.json>    Plan, show the plan, ask for confirmation, apply. A failed apply is
                           rolled back. Requires --appliance.
  help                     Show this help (also --help, -h).

Appliance:
  --appliance <url>        NITRO address, e.g. https://10.0.0.10 or https://ns.example.com:8443
  --user <name>            NITRO user (default nsroot)
  --password-env <VAR>     environment variable holding the password (default NS_PASSWORD).
                           When it is unset and stdin is a terminal, the password is asked
                           for without echo. There is no password flag: flags show up in
                           \`ps\` and in the shell history.
  --partition <name>       admin partition (default: the default partition)
  TLS, by default verified against the system's certificate authorities:
  --fingerprint <sha256>   trust exactly the certificate with this SHA-256 fingerprint
  --ca <pem-file>          trust certificates issued by this CA certificate
  --insecure               do not verify the certificate; required for an http:// URL

Plan:
  --format text|cli|json   text (default); cli: the NetScaler CLI commands of the plan;
                           json: one JSON object (items, summary, missingReferences, hash)

Apply:
  --yes                    apply without asking (required when stdin is not a terminal)
  --no-save                do not save the running configuration afterwards
  --confirm-replace        allow deleting and re-creating objects that cannot change in place

State (which objects each topology created, so re-applies change nothing and removed
objects are deleted; only with --appliance):
  --state-dir <dir>        embedded PostgreSQL used when DATABASE_URL is unset
                           (default .data/cli, apart from the app's own database)

Exit codes:
  0    plan printed; apply succeeded or there was nothing to change
  1    apply failed (its changes were rolled back), or an unexpected error
  2    usage error, invalid topology file, or apply refused or not confirmed (conflicts,
       missing certificate or Gateway, appliance busy, replace without --confirm-replace)
  3    appliance unreachable, certificate not trusted, or login failed
  130  interrupted (Ctrl+C)

Examples:
  npm run cli -- plan examples/igel-ums.json
  npm run cli -- plan examples/xenmobile.json --format cli > xenmobile.conf
  NS_PASSWORD=… npm run cli -- plan examples/igel-ums.json \\
      --appliance https://10.0.0.10 --fingerprint 3F:A1:…:9C --format json
  npm run cli -- apply examples/igel-ums.json --appliance https://ns.example.com --user admin
  NS_PASSWORD=… npm run cli -- apply topology.json --appliance https://10.0.0.10 \\
      --ca corp-ca.pem --yes --confirm-replace`;
