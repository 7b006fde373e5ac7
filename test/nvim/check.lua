-- Neovim (0.7+) headless as a real LSP client for the LLM Preflight server.
--
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/nvim/check.lua'
--
-- Environment (all optional except the defaults shown):
--   LLM_PREFLIGHT_ROOT   repo root                                  (default: cwd)
--   LLM_PREFLIGHT_NODE   node binary                                (default: node)
--   NVIM_CHECK_FILES     comma-separated files expected to have findings (default: examples/requests.http)
--   NVIM_CHECK_CLEAN     comma-separated files expected to stay clean    (default: examples/clean.http)
--   NVIM_CHECK_OUT       where to write the JSON result              (default: ROOT/.nvim-result.json)
--   NVIM_CHECK_TIMEOUT   ms to wait for diagnostics on each file     (default: 15000)
--
-- For each file it opens a buffer, sets the filetype itself (0.7 knows no .http; -u NONE has no
-- filetype detection), attaches the client (which sends didOpen) and waits for *pushed* diagnostics
-- (0.7 has no pull diagnostics). It records the raw publishDiagnostics params (exact LSP ranges) and
-- what vim.diagnostic.get shows, asks textDocument/hover at the first finding, then checks that each
-- clean file stays clean for at least as long as the dirty ones took (at least 2 s). It writes JSON and
-- exits 0 when it ran to the end (the assertions live in nvim.test.ts), 1 on a Lua error.

local env = function(k, d) local v = os.getenv(k); if v == nil or v == '' then return d end; return v end
local root = env('LLM_PREFLIGHT_ROOT', vim.fn.getcwd())
local node = env('LLM_PREFLIGHT_NODE', 'node')
local out_path = env('NVIM_CHECK_OUT', root .. '/.nvim-result.json')
local timeout = tonumber(env('NVIM_CHECK_TIMEOUT', '15000'))

local function split(s)
  local r = {}
  for p in string.gmatch(s, '[^,]+') do
    if p:sub(1, 1) ~= '/' then p = root .. '/' .. p end
    r[#r + 1] = p
  end
  return r
end
local dirty_files = split(env('NVIM_CHECK_FILES', 'examples/requests.http'))
local clean_files = split(env('NVIM_CHECK_CLEAN', 'examples/clean.http'))
-- a plain-text log with pasted error responses, and the text to hover on (error explanations)
local explain_file = split(env('NVIM_CHECK_EXPLAIN', 'examples/errors.log'))[1]
local explain_at = env('NVIM_CHECK_EXPLAIN_AT', 'overloaded_error')

local filetypes = { http = 'http', rest = 'http', json = 'json', jsonc = 'jsonc', jsonl = 'jsonl', py = 'python', ts = 'typescript' }

local result = { nvim = tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch),
  files = {}, clean = {}, log = {} }
local function log(msg) result.log[#result.log + 1] = msg end
local function write_result()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out_path)
end

-- every publishDiagnostics the server pushes, as received (uri -> list of publishes)
local published = {}
local function on_publish(err, params, ctx, config)
  if params and params.uri then
    local list = published[params.uri] or {}
    list[#list + 1] = params.diagnostics or {}
    published[params.uri] = list
  end
  return vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, config)
end

local function hover_text(contents)
  if contents == nil or contents == vim.NIL then return '' end
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end          -- MarkupContent or { language, value }
  local parts = {}
  for _, c in ipairs(contents) do parts[#parts + 1] = hover_text(c) end
  return table.concat(parts, '\n')
end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  local ext = path:match('%.([%w]+)$') or ''
  vim.bo[buf].filetype = filetypes[ext] or ext          -- becomes the LSP languageId
  return buf
end

local function vim_diags(buf)
  local r = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    r[#r + 1] = { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code, source = d.source, message = d.message }
  end
  table.sort(r, function(a, b) if a.lnum ~= b.lnum then return a.lnum < b.lnum end return a.col < b.col end)
  return r
end

local function main()
  local start = vim.loop.hrtime()
  -- NVIM_CHECK_LOCALE: the `llmPreflight.locale` setting, answered to the server's workspace/configuration pull.
  local locale = env('NVIM_CHECK_LOCALE', nil)
  local id = vim.lsp.start_client({
    name = 'llm-preflight',
    cmd = { node, root .. '/dist/server.js', '--stdio' },
    root_dir = root,
    settings = locale and { llmPreflight = { locale = locale } } or nil,
    init_options = locale and { settings = { locale = locale } } or nil,
    handlers = { ['textDocument/publishDiagnostics'] = on_publish },
    on_exit = function(code, signal) log(string.format('server exited code=%s signal=%s', tostring(code), tostring(signal))) end,
  })
  if not id then error('vim.lsp.start_client returned nil') end
  local client = vim.lsp.get_client_by_id(id)
  local slowest = 0

  for _, path in ipairs(dirty_files) do
    local buf = open(path)
    local uri = vim.uri_from_bufnr(buf)
    local t0 = vim.loop.hrtime()
    vim.lsp.buf_attach_client(buf, id)
    local ok = vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 50)
    local ms = math.floor((vim.loop.hrtime() - t0) / 1e6)
    if ms > slowest then slowest = ms end
    -- let a possible second publish (e.g. after a debounce) land, then read the latest one
    vim.wait(300, function() return false end, 50)
    local pubs = published[uri] or {}
    local entry = { file = path, uri = uri, filetype = vim.bo[buf].filetype, received = ok, ms = ms,
      publishes = #pubs, lsp = pubs[#pubs] or {}, vim = vim_diags(buf) }
    local first = entry.lsp[1]
    if first then
      local res = client.request_sync('textDocument/hover',
        { textDocument = { uri = uri }, position = first.range.start }, 5000, buf)
      entry.hover = { position = first.range.start, code = first.code,
        err = res and res.err and vim.inspect(res.err) or (res == nil and 'timeout' or nil),
        text = res and res.result and res.result ~= vim.NIL and hover_text(res.result.contents) or '' }
    end
    result.files[#result.files + 1] = entry
  end

  local clean_wait = math.max(2000, slowest * 2)
  for _, path in ipairs(clean_files) do
    local buf = open(path)
    local uri = vim.uri_from_bufnr(buf)
    vim.lsp.buf_attach_client(buf, id)
    local t0 = vim.loop.hrtime()
    -- wait the whole time unless a finding shows up (which fails the check)
    vim.wait(clean_wait, function() return #vim.diagnostic.get(buf) > 0 end, 50)
    local pubs = published[uri] or {}
    result.clean[#result.clean + 1] = { file = path, uri = uri, filetype = vim.bo[buf].filetype,
      waited_ms = math.floor((vim.loop.hrtime() - t0) / 1e6), publishes = #pubs,
      lsp = pubs[#pubs] or {}, vim = vim_diags(buf) }
  end

  -- error explanation: hover on a pasted error in a plain-text buffer (filetype 'log': not linted)
  do
    local buf = open(explain_file)
    vim.bo[buf].filetype = 'log'
    local uri = vim.uri_from_bufnr(buf)
    vim.lsp.buf_attach_client(buf, id)
    vim.wait(500, function() return false end, 50)   -- let didOpen reach the server
    local pos = nil
    for lnum, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
      local col = line:find(explain_at, 1, true)
      if col then pos = { line = lnum - 1, character = col - 1 }; break end
    end
    local entry = { file = explain_file, uri = uri, position = pos, text = '' }
    if pos then
      local res = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = pos }, 5000, buf)
      entry.err = res and res.err and vim.inspect(res.err) or (res == nil and 'timeout' or nil)
      if res and res.result and res.result ~= vim.NIL then
        entry.text = hover_text(res.result.contents)
        entry.range = res.result.range
      end
    end
    result.explain = entry
  end

  result.server = { name = client.name, offset_encoding = client.offset_encoding,
    hover_provider = (client.server_capabilities and client.server_capabilities.hoverProvider) and true or false }
  result.total_ms = math.floor((vim.loop.hrtime() - start) / 1e6)
  client.stop()
  vim.wait(1000, function() return client.is_stopped() end, 50)
end

local ok, err = pcall(main)
if not ok then result.error = tostring(err) end
local wok, werr = pcall(write_result)
if not wok then io.stderr:write('could not write ' .. out_path .. ': ' .. tostring(werr) .. '\n') end
vim.cmd((ok and wok) and 'qa!' or 'cq')
