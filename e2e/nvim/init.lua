-- Minimal Neovim config for the headless e2e check (verified with Neovim 0.7.2).
-- Starts the kerneopgave language server over stdio for Markdown buffers.
-- Neovim 0.7 has no vim.lsp.start() (added in 0.8), so use start_client + buf_attach_client.
vim.o.swapfile = false
vim.o.shadafile = 'NONE'
local server = os.getenv('E2E_SERVER') or '/work/main/dist/server.js'
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown' },
  callback = function(args)
    local id = vim.lsp.start_client({
      name = 'kerneopgave',
      cmd = { os.getenv('E2E_NODE') or 'node', server, '--stdio' },
      root_dir = vim.fn.getcwd(),
    })
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
