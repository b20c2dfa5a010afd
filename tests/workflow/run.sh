#!/bin/sh
# Workflow tests: plancheck driven the way writers meet it, by the real
# programs. A git pre-commit hook (contrib/pre-commit) under a real
# `git commit`; the pre-commit framework with this repository's
# .pre-commit-hooks.yaml; Vim's :make with contrib/vim/compiler/plancheck.vim
# filling the quickfix list; Emacs compile and Flymake with
# contrib/emacs/plancheck.el; the problem matcher of contrib/vscode/tasks.json.
#
#   sh tests/workflow/run.sh [-v] PLANCHECK
#
# Everything happens in a scratch directory that is removed at the end, with
# HOME, git's global and system configuration and pre-commit's cache pointed
# into it, so the user's settings neither leak in nor get touched. A tool
# that is not installed (pre-commit, vim, emacs, python3) skips its tests.
# One line per failed or skipped test (-v: per test, and the log of each
# failure); the last line is "N passed, N failed, N skipped". Exit status 1
# if a test failed, 2 on a usage error.

set -u

verbose=0
case ${1:-} in
-v) verbose=1; shift ;;
esac
[ $# -eq 1 ] || { echo "usage: sh tests/workflow/run.sh [-v] PLANCHECK" >&2; exit 2; }
pc=$1
case $pc in
/*) ;;
*/*) pc=$(pwd)/$pc ;;
*) pc=$(command -v "$pc") || { echo "run.sh: $1: command not found" >&2; exit 2; } ;;
esac
[ -f "$pc" ] && [ -x "$pc" ] || { echo "run.sh: $pc: not an executable file" >&2; exit 2; }

root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plancheck-workflow.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# plancheck on PATH under its own name, as the hooks and plugins expect.
mkdir "$tmp/bin" "$tmp/home" || exit 2
ln -s "$pc" "$tmp/bin/plancheck" || exit 2
PATH=$tmp/bin:$PATH
HOME=$tmp/home
XDG_CONFIG_HOME=$tmp/home/.config
GIT_CONFIG_NOSYSTEM=1
GIT_CONFIG_GLOBAL=/dev/null
GIT_CEILING_DIRECTORIES=$tmp
PRE_COMMIT_HOME=$tmp/pre-commit-cache
LC_ALL=C.UTF-8
export PATH HOME XDG_CONFIG_HOME GIT_CONFIG_NOSYSTEM GIT_CONFIG_GLOBAL \
    GIT_CEILING_DIRECTORIES PRE_COMMIT_HOME LC_ALL
# Run from inside a hook, git's own variables would aim at the wrong repo;
# the others would change what plancheck or pre-commit do.
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY \
    GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_PREFIX GIT_EDITOR \
    PLANCHECK PLANCHECK_DIFF PLANCHECK_ARGS PLANCHECK_DICTS \
    SKIP PRE_COMMIT PRE_COMMIT_ALLOW_NO_CONFIG LANG LANGUAGE LC_MESSAGES \
    VIMINIT EXINIT 2>/dev/null

# Drafts. The error is an unclosed 《 (paired-punct, an error: exit 1) on
# line 3 after 36 Chinese characters, so its column is 37 in characters,
# 109 in bytes. astral puts 𠮷 (outside the BMP) first: column 9 in
# characters, 10 in UTF-16 units.
clean='光明区产业发展工作要点

坚持《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的部署，推进新型工业化。

加快培育新质生产力，推动制造业高质量发展。'
bad='光明区产业发展工作要点

坚持《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的部署，推进《新型工业化。

加快培育新质生产力，推动制造业高质量发展。'
# bad with a second error on line 5, for --diff.
bad2='光明区产业发展工作要点

坚持《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的部署，推进《新型工业化。

加快培育新质生产力，推动《制造业高质量发展。'
# bad with a clean change on line 5, for --diff.
bad3='光明区产业发展工作要点

坚持《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的部署，推进《新型工业化。

加快培育新质生产力，推动制造业和服务业高质量发展。'
astral='光明区产业发展工作要点

在𠮷祥路片区推进《新型工业化示范区建设。'

passed=0 failed=0 skipped=0
log=$tmp/log
whyf=$tmp/why

# Each test is a function run in a subshell, output to $log; it returns 0
# (pass), 1 (fail, reason from `fail`) or 77 (skip, reason from `skip`).
fail() { printf '%s\n' "$*" >"$whyf"; return 1; }
skip() { printf '%s\n' "$*" >"$whyf"; return 77; }

run()
{
	name=$1
	shift
	: >"$whyf"
	( "$@" ) >"$log" 2>&1 </dev/null
	st=$?
	why=$(cat "$whyf")
	case $st in
	0)
		passed=$((passed + 1))
		[ "$verbose" = 1 ] && echo "ok   $name"
		;;
	77)
		skipped=$((skipped + 1))
		echo "skip $name: $why"
		;;
	*)
		failed=$((failed + 1))
		[ -n "$why" ] || why="exit status $st"
		echo "FAIL $name: $why"
		if [ "$verbose" = 1 ]; then
			sed 's/^/    /' "$log"
		else
			tail -n 15 "$log" | sed 's/^/    /'
		fi
		;;
	esac
}

have() { command -v "$1" >/dev/null 2>&1; }

# limit CMD...: run CMD, killed after 60 s where timeout(1) exists, so an
# editor waiting for input cannot hang the suite.
limit()
{
	if have timeout; then
		timeout 60 "$@"
	else
		"$@"
	fi
}

# write FILE TEXT: TEXT and a final newline.
write() { printf '%s\n' "$2" >"$1"; }

# A scratch repository in $tmp/$1 with a local identity and the settings
# that keep the tests quiet: coverage gaps (warnings, never failing) off.
newrepo()
{
	r=$tmp/$1
	git -c init.defaultBranch=main init -q "$r" || return 1
	git -C "$r" config user.name 'plancheck test'
	git -C "$r" config user.email test@plancheck.invalid
	git -C "$r" config commit.gpgsign false
	git -C "$r" config core.autocrlf false
	write "$r/.plancheck.conf" 'rule.coverage-gap = off'
}

commits() { git rev-list --count HEAD 2>/dev/null || echo 0; }

# try_commit MSG [ARG...]: git commit, output in $tmp/out, status in cst,
# the number of commits before it in before.
try_commit()
{
	before=$(commits)
	m=$1
	shift
	git commit -m "$m" "$@" >"$tmp/out" 2>&1
	cst=$?
	cat "$tmp/out"
}

# The last commit attempt was refused (and made no commit), or accepted
# (and made one).
expect_refused()
{
	[ "$cst" -ne 0 ] || fail "git commit succeeded; expected the hook to refuse it" || return
	[ "$(commits)" = "$before" ] || fail "$(commits) commits, expected $before" || return
}
expect_accepted()
{
	[ "$cst" -eq 0 ] || fail "git commit failed (status $cst); expected it to pass" || return
	[ "$(commits)" = "$((before + 1))" ] || fail "$(commits) commits, expected $((before + 1))" || return
}

# out_has TEXT: the last commit's output holds TEXT.
out_has()
{
	grep -F -q -- "$1" "$tmp/out" || fail "no \"$1\" in the output" || return
}

# --- a. the plain git hook, contrib/pre-commit ---------------------------

hook_setup()
{
	have git || skip "git is not installed" || return
	newrepo hook || fail "git init failed" || return
	cp "$root/contrib/pre-commit" "$tmp/hook/.git/hooks/pre-commit" &&
	    chmod +x "$tmp/hook/.git/hooks/pre-commit" || fail "cannot install the hook"
}

# The other hook tests run in order in the set-up's repository.
hook_ready()
{
	[ -x "$tmp/hook/.git/hooks/pre-commit" ] || skip "no hook set-up (see hook-setup)" || return
	cd "$tmp/hook" || return 1
}

# The first commit of a repository: no HEAD, and PLANCHECK_DIFF=HEAD must
# not turn into a "bad revision" error (status 2) but check every line.
hook_first_commit()
{
	hook_ready || return
	write draft.txt "$bad"
	git add draft.txt
	PLANCHECK_DIFF=HEAD sh .git/hooks/pre-commit >"$tmp/out" 2>&1
	st=$?
	cat "$tmp/out"
	[ "$st" = 1 ] || fail "hook exited $st on the first commit, expected 1" || return
	PLANCHECK_DIFF=HEAD try_commit first
	expect_refused || return
	out_has 'draft.txt:3:37: error:' || return
	out_has '[paired-punct]'
}

hook_clean_accepted()
{
	hook_ready || return
	write draft.txt "$clean"
	git add draft.txt .plancheck.conf
	try_commit clean
	expect_accepted
}

hook_bad_refused()
{
	hook_ready || return
	write draft.txt "$bad"
	git add draft.txt
	try_commit bad
	expect_refused || return
	out_has 'draft.txt:3:37: error: unbalanced 《' || return
	git reset -q
	write draft.txt "$clean"
}

# The hook checks what is staged, not what is on disk.
hook_staged_bad_unstaged_fix()
{
	hook_ready || return
	write draft.txt "$bad"
	git add draft.txt
	write draft.txt "$clean"
	"$tmp/bin/plancheck" draft.txt >/dev/null ||
	    fail "precondition: the working copy should be clean" || return
	try_commit 'staged bad'
	expect_refused || return
	out_has 'draft.txt:3:37:' || return
	git reset -q
}

hook_staged_clean_unstaged_break()
{
	hook_ready || return
	write draft.txt "$clean
新增一段。"
	git add draft.txt
	write draft.txt "$bad"
	try_commit 'staged clean'
	expect_accepted || return
	git checkout -q -- draft.txt
}

# Names with spaces, Chinese and shell metacharacters, in a subdirectory.
hook_odd_names()
{
	hook_ready || return
	mkdir -p '各部门 意见' || return 1
	# shellcheck disable=SC2016
	f='各部门 意见/规划 草案 (第二稿) $x.txt'
	write "$f" "$bad"
	write 'other draft.md' "$clean"
	git add -- "$f" 'other draft.md'
	try_commit 'odd names'
	expect_refused || return
	out_has "$f:3:37: error:" || return
	write "$f" "$clean"
	git add -- "$f"
	try_commit 'odd names fixed'
	expect_accepted
}

# A partial commit (git commit -- PATH) uses a temporary index: only what
# goes into that commit is checked.
hook_partial_commit()
{
	hook_ready || return
	write part-bad.txt "$bad"
	write part-clean.txt "$clean"
	git add part-bad.txt part-clean.txt
	try_commit partial -- part-clean.txt
	expect_accepted || return
	try_commit 'the rest'
	expect_refused || return
	out_has 'part-bad.txt:3:37:' || return
	git rm -q --cached part-bad.txt && rm -f part-bad.txt
}

# Files that are not drafts, and deleted drafts, are not checked.
hook_not_drafts()
{
	hook_ready || return
	write notes.csv "$bad"
	write legacy.txt "$bad"
	git add notes.csv legacy.txt
	git commit -q --no-verify -m 'legacy, past the hook' || return 1
	write notes.csv "$bad
。"
	git add notes.csv
	git rm -q legacy.txt
	try_commit 'csv changed, bad draft deleted'
	expect_accepted
}

# plancheck's exit status comes through: 2 for an input error.
hook_status_passthrough()
{
	hook_ready || return
	printf 'PK\003\004 not really a zip' >broken.docx
	git add broken.docx
	sh .git/hooks/pre-commit >"$tmp/out" 2>&1
	st=$?
	cat "$tmp/out"
	[ "$st" = 2 ] || fail "hook exited $st on an unreadable draft, expected 2" || return
	out_has 'broken.docx: error:' || return
	try_commit broken
	expect_refused || return
	git rm -q --cached broken.docx && rm -f broken.docx
}

# PLANCHECK_DIFF=HEAD: an old error on a line the commit does not touch is
# not reported; a new one is.
hook_diff()
{
	hook_ready || return
	write long.txt "$bad"
	git add long.txt
	git commit -q --no-verify -m 'long draft with an old error' || return 1
	write long.txt "$bad3"
	git add long.txt
	try_commit 'touch line 5, no --diff'
	expect_refused || return
	PLANCHECK_DIFF=HEAD try_commit 'touch line 5, --diff HEAD'
	expect_accepted || return
	if grep -F -q 'long.txt:3:' "$tmp/out"; then
		fail "--diff HEAD still reports the untouched line 3"
		return
	fi
	write long.txt "$bad2"
	git add long.txt
	PLANCHECK_DIFF=HEAD try_commit 'new error on line 5, --diff HEAD'
	expect_refused || return
	out_has 'long.txt:5:' || return
	if grep -F -q 'long.txt:3:' "$tmp/out"; then
		fail "--diff HEAD reports the untouched line 3"
		return
	fi
	git reset -q
	git checkout -q -- long.txt
}

# PLANCHECK_ARGS reaches plancheck, split into options: without the
# repository's configuration the coverage gaps are back, as warnings, and
# --fail-on warning makes them stop the commit.
hook_args()
{
	hook_ready || return
	write draft.txt "$clean
再增一段。"
	git add draft.txt
	try_commit 'warnings pass by default'
	expect_accepted || return
	write draft.txt "$clean
又增一段。"
	git add draft.txt
	PLANCHECK_ARGS='--no-config  --fail-on warning' try_commit 'warnings fail'
	expect_refused || return
	out_has 'draft.txt:1:1: warning: not covered:' || return
	out_has '[coverage-gap]' || return
	git reset -q
	git checkout -q -- draft.txt
}

hook_missing_plancheck()
{
	hook_ready || return
	write draft.txt "$clean
另起一段。"
	git add draft.txt
	if git diff --cached --quiet; then
		fail "precondition: nothing staged"
		return
	fi
	PLANCHECK=no-such-plancheck try_commit 'no plancheck'
	expect_refused || return
	out_has 'no-such-plancheck: not found' || return
	git reset -q
	git checkout -q -- draft.txt
}

# --- b. the pre-commit framework ----------------------------------------

pc_skip()
{
	have git || skip "git is not installed" || return
	have pre-commit || skip "pre-commit is not installed (Debian package pre-commit)"
}

pc_manifest_valid()
{
	pc_skip || return
	pre-commit validate-manifest "$root/.pre-commit-hooks.yaml" ||
	    fail "pre-commit validate-manifest rejects .pre-commit-hooks.yaml"
}

# The hook comes from a clone of this repository's manifest, as a user's
# `repo: https://…/plancheck` would, but from a local path: no network.
pc_setup()
{
	pc_skip || return
	h=$tmp/hooks-repo
	git -c init.defaultBranch=main init -q "$h" || return 1
	cp "$root/.pre-commit-hooks.yaml" "$h/" || return 1
	git -C "$h" add .pre-commit-hooks.yaml &&
	    git -C "$h" -c user.name=t -c user.email=t@t.invalid commit -q -m hooks ||
	    fail "cannot commit the hook manifest" || return
	rev=$(git -C "$h" rev-parse HEAD)
	newrepo pc || return 1
	cd "$tmp/pc" || return 1
	cat >.pre-commit-config.yaml <<EOF
repos:
- repo: '$h'
  rev: $rev
  hooks:
  - id: plancheck
EOF
	pre-commit install || fail "pre-commit install failed" || return
	git add .pre-commit-config.yaml .plancheck.conf
	try_commit 'pre-commit config'
	expect_accepted
}

# The other pre-commit tests run in order in the set-up's repository.
pc_ready()
{
	pc_skip || return
	[ -f "$tmp/pc/.git/hooks/pre-commit" ] || skip "no pre-commit set-up (see pre-commit-setup)" || return
	cd "$tmp/pc" || return 1
}

pc_bad_blocked()
{
	pc_ready || return
	write draft.txt "$bad"
	git add draft.txt
	try_commit bad
	expect_refused || return
	out_has 'draft.txt:3:37: error: unbalanced 《' || return
	git reset -q
}

pc_clean_accepted()
{
	pc_ready || return
	write draft.txt "$clean"
	git add draft.txt
	try_commit clean
	expect_accepted || return
	out_has 'plancheck' || return
	out_has 'Passed'
}

# pre-commit stashes what is not staged, so the manifest needs no --staged:
# a bad staged draft is blocked though the working copy is fixed, and the
# fix is back on disk afterwards.
pc_stash()
{
	pc_ready || return
	write draft.txt "$bad"
	git add draft.txt
	write draft.txt "$clean
新增一段。"
	try_commit 'staged bad'
	expect_refused || return
	out_has 'draft.txt:3:37:' || return
	[ "$(cat draft.txt)" = "$clean
新增一段。" ] || fail "the unstaged fix was not restored" || return
	git reset -q
	git checkout -q -- draft.txt
}

# The set-up doc/editors.md shows for a repository without this manifest.
pc_local_repo()
{
	pc_ready || return
	cat >"$tmp/local-config.yaml" <<'EOF'
repos:
- repo: local
  hooks:
  - id: plancheck
    name: plancheck
    entry: plancheck
    language: system
    files: '\.(txt|md|docx|html?)$'
EOF
	write local-bad.txt "$bad"
	write local-clean.md "$clean"
	pre-commit run -c "$tmp/local-config.yaml" --files local-bad.txt local-clean.md \
	    >"$tmp/out" 2>&1
	st=$?
	cat "$tmp/out"
	[ "$st" = 1 ] || fail "pre-commit run exited $st on a bad draft, expected 1" || return
	out_has 'local-bad.txt:3:37:' || return
	pre-commit run -c "$tmp/local-config.yaml" --files local-clean.md >"$tmp/out" 2>&1
	st=$?
	cat "$tmp/out"
	[ "$st" = 0 ] || fail "pre-commit run exited $st on a clean draft, expected 0" || return
	rm -f local-bad.txt local-clean.md
}

# --- c. Vim: :make with the compiler plugin, the quickfix list -----------

# vim_make DRAFT: open DRAFT in Vim (no vimrc), :compiler plancheck,
# :make, and write to $d/result the makeprg, one "entry FILE|LNUM|COL|TYPE|
# TEXT" line per valid quickfix entry ("invalid TEXT" for the others) and,
# after :cc to the paired-punct entry, "cursor FILE|LINE|COL|TEXT" with the
# 3 bytes (one Chinese character) under the cursor.
vim_make()
{
	have vim || skip "vim is not installed (Debian package vim or vim-nox)" || return
	d=$tmp/vim
	mkdir -p "$d" && cd "$d" || return 1
	vim -es -u NONE -i NONE -N \
	    -c 'call writefile([has("quickfix") && has("eval") ? "yes" : "no"], "features")' \
	    -c 'qall!' </dev/null >/dev/null 2>&1
	[ "$(cat features 2>/dev/null)" = yes ] ||
	    skip "this vim lacks +quickfix or +eval (vim-tiny); install vim or vim-nox" || return
	cat >check.vim <<'EOF'
set encoding=utf-8 fileencodings=utf-8,gb18030
execute 'edit' fnameescape($PC_DRAFT)
compiler plancheck
silent make!
let s:out = ['makeprg ' . &makeprg, 'fileencoding ' . &fileencoding]
let s:n = 0
let s:want = 0
for s:e in getqflist()
  let s:n += 1
  if !s:e.valid
    call add(s:out, 'invalid ' . s:e.text)
    continue
  endif
  call add(s:out, printf('entry %s|%d|%d|%s|%s', bufname(s:e.bufnr), s:e.lnum, s:e.col, s:e.type, s:e.text))
  if s:want == 0 && s:e.text =~# '\[paired-punct\]$'
    let s:want = s:n
  endif
endfor
if s:want
  execute 'cc' s:want
  call add(s:out, printf('cursor %s|%d|%d|%s', bufname('%'), line('.'), col('.'), strpart(getline('.'), col('.') - 1, 3)))
endif
call writefile(s:out, $PC_RESULT)
qall!
EOF
	rm -f result
	PC_DRAFT=$1 PC_RESULT=$d/result \
	    limit vim -es -u NONE -i NONE -N --cmd "set rtp^=$root/contrib/vim" -S check.vim \
	    </dev/null >vim.out 2>&1
	cat vim.out
	[ -f result ] || fail "vim wrote no result" || return
	cat result
}

vim_quickfix()
{
	have vim || skip "vim is not installed (Debian package vim or vim-nox)" || return
	mkdir -p "$tmp/vim" && cd "$tmp/vim" || return 1
	draft='草案 一.txt'
	write "$draft" "$bad"
	# The byte column is the point of the test: make sure it differs.
	plancheck "$draft" | grep -F -q "$draft:3:37: error:" ||
	    fail "precondition: plancheck should report 3:37 in characters" || return
	vim_make "$draft" || return
	grep -q '^makeprg .*--column-unit byte' result ||
	    fail "makeprg does not ask for byte columns" || return
	# Every finding line of plancheck's output, and nothing else (the
	# coverage summary after them), is a valid quickfix entry, of the
	# type its severity says: the draft has no configuration file here, so
	# the coverage gaps (warnings at 1:1) are there besides the error.
	plancheck --column-unit byte "$draft" >plancheck.out
	for sev in error:e warning:w note:n; do
		n=$(grep -c ":[0-9]*:[0-9]*: ${sev%:*}: " plancheck.out)
		m=$(grep -c "^entry [^|]*|[0-9]*|[0-9]*|${sev#*:}|" result)
		[ "$n" = "$m" ] ||
		    fail "$m quickfix entries of type ${sev#*:}, expected $n (${sev%:*}s)" || return
	done
	n=$(grep -c ':[0-9]*:[0-9]*: [a-z]*: ' plancheck.out)
	m=$(grep -c '^entry ' result)
	[ "$n" = "$m" ] || fail "$m valid quickfix entries, expected $n" || return
	grep -q '^entry [^|]*|1|1|w|not covered: .*\[coverage-gap\]$' result ||
	    fail "no coverage-gap warning at 1:1 in the quickfix list" || return
	if grep -q '^invalid ' result; then
		fail "unmatched lines kept in the quickfix list"
		return
	fi
	grep -F -q "entry $draft|3|109|e|unbalanced 《" result ||
	    fail "no quickfix entry at line 3, byte column 109, type e" || return
	grep -F -q "cursor $draft|3|109|《" result ||
	    fail ":cc did not put the cursor on the 《"
}

# A GB18030 draft: Vim holds it as UTF-8 (its 'encoding'), and plancheck's
# byte columns count the UTF-8 form too, not the bytes of the file.
vim_quickfix_gb18030()
{
	have vim || skip "vim is not installed (Debian package vim or vim-nox)" || return
	have iconv || skip "iconv is not installed" || return
	mkdir -p "$tmp/vim" && cd "$tmp/vim" || return 1
	write gb.txt "$bad"
	iconv -f UTF-8 -t GB18030 gb.txt >gb18030.txt && rm gb.txt ||
	    skip "iconv cannot write GB18030" || return
	vim_make gb18030.txt || return
	grep -q '^fileencoding gb18030$' result ||
	    fail "vim did not read the draft as GB18030" || return
	grep -F -q "entry gb18030.txt|3|109|e|unbalanced 《" result ||
	    fail "no quickfix entry at line 3, byte column 109, type e" || return
	grep -F -q "cursor gb18030.txt|3|109|《" result ||
	    fail ":cc did not put the cursor on the 《"
}

# --- d. Emacs: compile and Flymake with contrib/emacs/plancheck.el -------

emacs_compile_flymake()
{
	have emacs || skip "emacs is not installed" || return
	d=$tmp/emacs
	mkdir -p "$d" && cd "$d" || return 1
	draft=$d/'草案 一.txt'
	write "$draft" "$bad"
	cat >check.el <<'EOF'
(prefer-coding-system 'utf-8)
(setq coding-system-for-read 'utf-8 enable-local-variables nil)
(require 'plancheck)
(let* ((draft (getenv "PC_DRAFT"))
       (source (find-file-noselect draft))
       (out nil))
  ;; M-x plancheck, then visit the paired-punct finding from its buffer.
  (let ((buf (with-current-buffer source (plancheck draft))))
    (while (process-live-p (get-buffer-process buf))
      (accept-process-output nil 0.1))
    (with-current-buffer buf
      (goto-char (point-min))
      (re-search-forward "\\[paired-punct\\]")
      (beginning-of-line)
      (compile-goto-error))
    (with-current-buffer source
      (push (format "compile %d %d %c" (line-number-at-pos)
                    (1+ (- (point) (line-beginning-position)))
                    (char-after))
            out)))
  ;; The Flymake backend's parser on plancheck's output.
  (let ((output (generate-new-buffer "plancheck-output")))
    (with-current-buffer output
      (call-process plancheck-program nil t nil draft))
    (dolist (d (plancheck--diagnostics source output))
      (when (string-match-p "paired-punct" (flymake-diagnostic-text d))
        (with-current-buffer source
          (goto-char (flymake-diagnostic-beg d))
          (push (format "flymake %d %d %c %s" (line-number-at-pos)
                        (1+ (- (point) (line-beginning-position)))
                        (char-after) (flymake-diagnostic-type d))
                out)))))
  (with-temp-file (getenv "PC_RESULT")
    (insert (mapconcat #'identity (nreverse out) "\n") "\n")))
EOF
	PC_DRAFT=$draft PC_RESULT=$d/result limit emacs --batch -Q \
	    -L "$root/contrib/emacs" -l "$d/check.el" </dev/null >emacs.out 2>&1
	cat emacs.out
	[ -f result ] || fail "emacs wrote no result" || return
	cat result
	grep -F -q 'compile 3 37 《' result ||
	    fail "compile did not go to line 3, character 37, the 《" || return
	grep -F -q 'flymake 3 37 《 :error' result ||
	    fail "no Flymake error at line 3, character 37, the 《"
}

# --- e. VS Code: the problem matcher of contrib/vscode/tasks.json --------

# No VS Code here: run each task's command with its arguments, apply its
# pattern (a JavaScript regexp that Python's re reads the same) to the
# output, and check that the UTF-16 column points at the 《.
vscode_matcher()
{
	have python3 || skip "python3 is not installed" || return
	d=$tmp/vscode
	mkdir -p "$d" && cd "$d" || return 1
	write astral.txt "$astral"
	write .plancheck.conf 'rule.coverage-gap = off'
	PC_ROOT=$root python3 - <<'EOF'
import json, os, re, subprocess, sys

tasks = json.load(open(os.path.join(os.environ["PC_ROOT"], "contrib/vscode/tasks.json")))
path = os.path.abspath("astral.txt")
subst = {"${file}": path, "${fileDirname}": os.getcwd(), "${workspaceFolder}": os.getcwd()}
text = open(path, encoding="utf-8").read().split("\n")
bad = 0
for task in tasks["tasks"]:
    pm = task["problemMatcher"]
    pat = pm["pattern"]
    args = [subst.get(a, a) for a in task["args"]]
    cwd = subst.get(task["options"]["cwd"], task["options"]["cwd"])
    run = subprocess.run([task["command"]] + args, cwd=cwd, capture_output=True, text=True)
    found = []
    for line in run.stdout.splitlines():
        m = re.search(pat["regexp"], line)
        if m:
            found.append(m)
    hits = [m for m in found if m.group(pat["code"]) == "paired-punct"]
    if run.returncode != 1 or len(hits) != 1:
        print(task["label"], ": status", run.returncode, "matches", [m.group(0) for m in found])
        bad += 1
        continue
    m = hits[0]
    f = m.group(pat["file"])
    f = f if os.path.isabs(f) else os.path.join(cwd, f)
    line = int(m.group(pat["line"]))
    col = int(m.group(pat["column"]))
    units = text[line - 1].encode("utf-16-le")
    at = units[2 * (col - 1):2 * col].decode("utf-16-le")
    print(task["label"], ":", line, col, m.group(pat["severity"]), repr(at), repr(m.group(pat["message"])))
    if os.path.realpath(f) != os.path.realpath(path) or line != 3 or col != 10 \
            or at != "《" or m.group(pat["severity"]) != "error" \
            or not m.group(pat["message"]).startswith("unbalanced 《") \
            or m.group(pat["message"]).endswith("]"):
        bad += 1
sys.exit(1 if bad else 0)
EOF
	[ $? = 0 ] || fail "a task's problem matcher misses the 《 at line 3, UTF-16 column 10"
}

run hook-setup hook_setup
run hook-first-commit-refused hook_first_commit
run hook-clean-accepted hook_clean_accepted
run hook-bad-refused hook_bad_refused
run hook-staged-bad-unstaged-fix hook_staged_bad_unstaged_fix
run hook-staged-clean-unstaged-break hook_staged_clean_unstaged_break
run hook-odd-names hook_odd_names
run hook-partial-commit hook_partial_commit
run hook-not-drafts hook_not_drafts
run hook-status-passthrough hook_status_passthrough
run hook-diff hook_diff
run hook-args hook_args
run hook-missing-plancheck hook_missing_plancheck
run pre-commit-manifest-valid pc_manifest_valid
run pre-commit-setup pc_setup
run pre-commit-bad-blocked pc_bad_blocked
run pre-commit-clean-accepted pc_clean_accepted
run pre-commit-stash pc_stash
run pre-commit-local-repo pc_local_repo
run vim-quickfix vim_quickfix
run vim-quickfix-gb18030 vim_quickfix_gb18030
run emacs-compile-flymake emacs_compile_flymake
run vscode-problem-matcher vscode_matcher

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
