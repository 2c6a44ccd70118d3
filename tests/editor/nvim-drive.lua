-- Driven by tests/editor_neovim.rs in a headless Neovim configured with
-- nvim-init.lua: opens the draft, waits for spotter's diagnostics, applies
-- a quick fix as `vim.lsp.buf.code_action` does, and waits for the fixed
-- finding to clear. Each step writes a line to $SPOTTER_NVIM_LOG; the
-- test reads them.
local lines = {}
local function say(line)
  table.insert(lines, line)
  vim.fn.writefile(lines, vim.env.SPOTTER_NVIM_LOG)
end

local function diagnostics()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local first = d.message:gsub('\n.*', '')
    table.insert(out, ('%d:%d %s %s'):format(d.lnum, d.col, d.code or '?', first))
  end
  table.sort(out)
  return out
end

local function fail(why)
  say('FAIL ' .. why)
  for _, d in ipairs(diagnostics()) do
    say('  ' .. d)
  end
  vim.cmd('cquit 1')
end

vim.cmd.edit(vim.env.SPOTTER_DRAFT)
local attached = vim.wait(20000, function()
  return #vim.lsp.get_clients({ bufnr = 0, name = 'spotter' }) > 0
end, 20)
if not attached then
  fail('spotter never attached to the draft')
end
say('attached')

local function has(pattern)
  for _, d in ipairs(diagnostics()) do
    if d:find(pattern) then
      return true
    end
  end
  return false
end

-- The draft's own finding, and the cross-guide one (the draft sorts first,
-- so the CLI would show it only on the other guide).
if not vim.wait(20000, function()
  return has('schema%-violation `hold` must be') and has('duplicate%-id')
end, 20) then
  fail('no diagnostics on the draft')
end
for _, d in ipairs(diagnostics()) do
  say('before ' .. d)
end

-- The quick fix for `hold: 10`, applied through Neovim's own code action.
local target
for _, d in ipairs(vim.diagnostic.get(0)) do
  if d.message:find('`hold` must be', 1, true) then
    target = d
  end
end
vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
vim.lsp.buf.code_action({
  apply = true,
  filter = function(action)
    return action.title == 'Write `10 s`'
  end,
})
if not vim.wait(20000, function()
  return not has('`hold` must be')
end, 20) then
  fail('the fixed finding did not clear')
end
say('line ' .. vim.api.nvim_buf_get_lines(0, target.lnum, target.lnum + 1, false)[1])
for _, d in ipairs(diagnostics()) do
  say('after ' .. d)
end
say('done')
vim.cmd('qall!')
