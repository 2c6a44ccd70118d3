-- spotter's language server in Neovim 0.10+ (no plugin needed): the
-- configuration docs/editors.md gives, run as is by tests/editor_neovim.rs.
vim.lsp.config('spotter', {
  cmd = { 'spotter', 'lsp' },
  filetypes = { 'yaml' },
  root_markers = { 'spotter.toml', '.git' },
})
vim.lsp.enable('spotter')
