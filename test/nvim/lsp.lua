-- Neovim as a second LSP client (Debian's 0.7.2: vim.lsp.start_client; vim.lsp.start when present).
-- Starts has-dossier-language-server on a dossier, collects diagnostics (of an open file and of a
-- file never opened), completion and hover, writes them as JSON to $HAS_OUT, and quits.
local root = os.getenv('HAS_ROOT')
local server = os.getenv('HAS_SERVER')
local out = os.getenv('HAS_OUT')
local result = { diagnostics = {}, unopened = {}, completion = {}, hover = '', nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }

local function finish(code)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  if code == 0 then vim.cmd('qa!') else vim.cmd('cquit ' .. code) end
end

local function codes(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(list, string.format('%d:%d %s', d.lnum + 1, d.col + 1, tostring(code)))
  end
  table.sort(list)
  return list
end

local ok, err = pcall(function()
  local config = {
    name = 'has-dossier',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'dossier' } },
    -- Neovim 0.7 neither answers workspace/configuration nor pushes settings by itself: the
    -- server also takes them from initializationOptions.
    init_options = { settings = { asOf = '2026-11-23', rules = vim.empty_dict(), language = 'fr' } },
  }
  vim.cmd('edit ' .. root .. '/criteres/3.4-05.yaml')
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  local unopened = vim.uri_to_bufnr(vim.uri_from_fname(root .. '/criteres/3.1-07.yaml'))
  local seen = vim.wait(20000, function()
    local a, b = false, false
    for _, c in ipairs(codes(bufnr)) do if c:find('stale%-evidence') then a = true end end
    for _, c in ipairs(codes(unopened)) do if c:find('stale%-evidence') then b = true end end
    return a and b
  end, 100)
  if not seen then error('no stale-evidence diagnostics within 20 s') end
  result.diagnostics = codes(bufnr)
  result.message = (vim.diagnostic.get(bufnr)[1] or {}).message
  result.unopened = codes(unopened)
  local uri = vim.uri_from_bufnr(bufnr)
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = 5, character = 12 } }, 10000)
  for _, r in pairs(responses or {}) do
    local items = r.result and (r.result.items or r.result) or {}
    for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  end
  responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 0, character = 13 } }, 10000)
  for _, r in pairs(responses or {}) do
    if r.result and r.result.contents then result.hover = r.result.contents.value or '' end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then
  result.error = tostring(err)
  finish(1)
else
  finish(0)
end
