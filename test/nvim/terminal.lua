-- Neovim's :terminal with the server attached: the route docs/terminal.md gives for Neovim users.
-- ROOT: the repository; FIXTURE: the file `cat` prints into the terminal. Prints one JSON line: RESULT {...}
local root, fixture = os.getenv('ROOT'), os.getenv('FIXTURE')
local out = {}
vim.cmd('terminal cat ' .. fixture)
local buf = vim.api.nvim_get_current_buf()
local function text() return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') end
vim.wait(10000, function() return text():find('[Process exited', 1, true) ~= nil end, 100)
out.buftype = vim.bo[buf].buftype
local id = vim.lsp.start_client({ name = 'llm-preflight', cmd = { 'node', root .. '/dist/server.js', '--stdio' }, root_dir = root })
out.attached = vim.lsp.buf_attach_client(buf, id)
vim.wait(15000, function() local c = vim.lsp.get_client_by_id(id); return c ~= nil and c.initialized end, 100)
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
for i, l in ipairs(lines) do
  local col = l:find('RateLimitError', 1, true)
  if col then out.line = i - 1; out.character = col - 1; break end
end
if out.line then
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = out.line, character = out.character } }, 15000)
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then out.hover = r.result.contents.value or '' end
    if r.err then out.err = vim.inspect(r.err) end
  end
end
print('RESULT ' .. vim.fn.json_encode(out))
vim.cmd('qa!')
