-- Run after the file is opened (nvim --headless -u init.lua FILE +'luafile check.lua'):
-- wait for diagnostics (event-driven, with timeout), hover on »tilbyde« (line 31), print one JSON line, exit.
local t0 = vim.loop.hrtime()
local WORD, LINE = 'tilbyde', 31
local out = { editor = 'nvim', version = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch }
local function finish(ok, err)
  out.ok = ok
  out.error = err
  out.ms = math.floor((vim.loop.hrtime() - t0) / 1e6)
  io.stdout:write('E2E-RESULT ' .. vim.fn.json_encode(out) .. '\n')
  vim.cmd(ok and 'qa!' or 'cquit 1')
end

-- Diagnostics: wait until the server has published a non-empty set for this buffer.
local got = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 20)
local diags = vim.diagnostic.get(0)
out.diagnostics = #diags
out.hasAktivitetUdenEffekt = false
for _, d in ipairs(diags) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if code == 'aktivitet-uden-effekt' then out.hasAktivitetUdenEffekt = true end
end
if not got then return finish(false, 'no diagnostics within 15 s') end

-- Hover: find »tilbyde« on line 31 and convert the byte column to UTF-16 (LSP) units.
local text = vim.api.nvim_buf_get_lines(0, LINE - 1, LINE, false)[1] or ''
local s = text:find(WORD, 1, true)
if not s then return finish(false, 'word not found on line ' .. LINE) end
local _, utf16 = vim.str_utfindex(text, s - 1)
out.position = { line = LINE - 1, character = utf16 }
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = out.position }
local res = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 5000) or {}
local hover
for _, r in pairs(res) do
  local c = r.result and r.result.contents
  if type(c) == 'string' then hover = c
  elseif type(c) == 'table' and c.value then hover = c.value
  elseif type(c) == 'table' and c[1] then
    hover = type(c[1]) == 'string' and c[1] or c[1].value
  end
end
out.hover = hover and vim.fn.strcharpart(hover, 0, 80) or vim.NIL
finish(got and out.hasAktivitetUdenEffekt and hover ~= nil and hover ~= '',
  (hover == nil and 'no hover') or (not out.hasAktivitetUdenEffekt and 'no aktivitet-uden-effekt diagnostic') or nil)
