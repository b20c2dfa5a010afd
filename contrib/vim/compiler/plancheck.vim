" Vim compiler file for plancheck, the checker of Chinese plan drafts.
" Compiler:	plancheck
"
" Install: put this directory on 'runtimepath' (or copy the file to
" ~/.vim/compiler/plancheck.vim), then in a draft's buffer
"	:compiler plancheck
"	:make			check this draft
"	:make --plan national-15	options go before the file name
"	:copen			the findings, one per line
"
" Vim counts quickfix columns in bytes, so plancheck is asked for byte
" columns: its default counts characters, and a Chinese character is three
" bytes in UTF-8, so a character column would put the cursor well to the left
" of a finding that follows Chinese text.
" g:plancheck_program names the program when it is not plancheck on PATH.

if exists("current_compiler")
  finish
endif
let current_compiler = "plancheck"

if exists(":CompilerSet") != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

execute 'CompilerSet makeprg=' .
      \ escape(get(g:, 'plancheck_program', 'plancheck') .
      \ ' --column-unit byte --format text $* %:S', ' \|"')

" Findings are path:line:col: error|warning|note: message [rule]; a
" dictionary or configuration error is path:line: error: ...; an input error
" (on standard error, which :make also captures) is path: error: ...  The
" coverage summary after each file's findings is not a location: dropped.
CompilerSet errorformat=
      \%f:%l:%c:\ %trror:\ %m,
      \%f:%l:%c:\ %tarning:\ %m,
      \%f:%l:%c:\ %tote:\ %m,
      \%f:%l:\ %trror:\ %m,
      \%f:\ %trror:\ %m,
      \%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save
