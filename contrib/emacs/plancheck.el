;;; plancheck.el --- plancheck findings in compile and Flymake  -*- lexical-binding: t; -*-

;; plancheck checks Chinese plan drafts against the plans above them and
;; prints findings as path:line:col: error|warning|note: message [rule].
;; Columns count characters, as Emacs does, so no --column-unit is needed.
;;
;; Set-up:
;;   (add-to-list 'load-path "/path/to/plancheck/contrib/emacs")
;;   (require 'plancheck)
;;   M-x plancheck         check the current draft; `next-error' (M-g n)
;;                         walks the findings
;;   (add-hook 'text-mode-hook #'plancheck-flymake-setup)
;;                         findings as you type, under M-x flymake-mode
;;
;; Plain M-x compile RET plancheck draft.txt works too once this file is
;; loaded (the `plancheck' entry below), but set
;; `compilation-error-screen-columns' to nil there: by default Emacs reads
;; error columns as screen columns, and a Chinese character is two of them.

;;; Code:

(require 'compile)
(require 'flymake)

(defgroup plancheck nil
  "Check Chinese plan drafts with plancheck."
  :group 'tools)

(defcustom plancheck-program "plancheck"
  "The plancheck program."
  :type 'string)

(defcustom plancheck-options nil
  "More command-line options for plancheck, e.g. (\"--plan\" \"national-15\")."
  :type '(repeat string))

(defconst plancheck-regexp
  (concat "^\\(?1:[^\n]+?\\):\\(?2:[0-9]+\\):\\(?3:[0-9]+\\): "
          "\\(?:\\(?4:warning\\)\\|\\(?5:note\\)\\|error\\): "
          "\\(?6:.*\\)$")
  "A finding: file 1, line 2, column 3, warning 4 or note 5, message 6.")

;; Group 4 matched: a warning; group 5: an info; neither: an error.
(add-to-list 'compilation-error-regexp-alist-alist
             (list 'plancheck plancheck-regexp 1 2 3 '(4 . 5)))
(add-to-list 'compilation-error-regexp-alist 'plancheck)

(define-compilation-mode plancheck-mode "plancheck"
  "Compilation mode for plancheck's findings."
  (setq-local compilation-error-regexp-alist '(plancheck))
  ;; plancheck counts characters from 1; Emacs would count screen columns.
  (setq-local compilation-error-screen-columns nil)
  (setq-local compilation-first-column 1))

;;;###autoload
(defun plancheck (file)
  "Check FILE (by default the visited file) with plancheck."
  (interactive
   (list (or buffer-file-name (read-file-name "Check draft: " nil nil t))))
  (compilation-start
   (mapconcat #'shell-quote-argument
              (append (list plancheck-program) plancheck-options
                      (list (expand-file-name file)))
              " ")
   #'plancheck-mode))

(defvar-local plancheck--flymake-proc nil
  "The plancheck process of the latest Flymake check of this buffer.")

(defun plancheck-flymake (report-fn &rest _args)
  "Flymake backend: check the buffer's text with plancheck.
The text goes to plancheck on standard input, so unsaved edits are
checked; plancheck looks for .plancheck.conf from `default-directory'."
  (unless (executable-find plancheck-program)
    (error "Cannot find %s" plancheck-program))
  (when (process-live-p plancheck--flymake-proc)
    (kill-process plancheck--flymake-proc))
  (let ((source (current-buffer))
        (coding-system-for-write 'utf-8-unix)
        (coding-system-for-read 'utf-8-unix))
    (save-restriction
      (widen)
      (setq plancheck--flymake-proc
            (make-process
             :name "plancheck-flymake" :noquery t :connection-type 'pipe
             :buffer (generate-new-buffer " *plancheck-flymake*")
             :command (append (list plancheck-program "--column-unit" "char"
                                    "--format" "text")
                              plancheck-options (list "-"))
             :sentinel
             (lambda (proc _event)
               (when (memq (process-status proc) '(exit signal))
                 (unwind-protect
                     (if (with-current-buffer source
                           (eq proc plancheck--flymake-proc))
                         (funcall report-fn
                                  (plancheck--diagnostics
                                   source (process-buffer proc)))
                       (flymake-log :debug "dropping obsolete check %s" proc))
                   (kill-buffer (process-buffer proc)))))))
      (process-send-region plancheck--flymake-proc (point-min) (point-max))
      (process-send-eof plancheck--flymake-proc))))

(defun plancheck--diagnostics (source output)
  "Flymake diagnostics for SOURCE from plancheck's OUTPUT buffer."
  (with-current-buffer output
    (goto-char (point-min))
    (let (diags)
      (while (re-search-forward plancheck-regexp nil t)
        (let* ((line (string-to-number (match-string 2)))
               (col (string-to-number (match-string 3)))
               (type (cond ((match-beginning 4) :warning)
                           ((match-beginning 5) :note)
                           (t :error)))
               (msg (match-string 6))
               ;; flymake-diag-region takes a 1-based character column.
               (region (flymake-diag-region source line col)))
          (when region
            (push (flymake-make-diagnostic source (car region) (cdr region)
                                           type msg)
                  diags))))
      (nreverse diags))))

;;;###autoload
(defun plancheck-flymake-setup ()
  "Add plancheck to the Flymake backends of this buffer."
  (add-hook 'flymake-diagnostic-functions #'plancheck-flymake nil t))

(provide 'plancheck)
;;; plancheck.el ends here
