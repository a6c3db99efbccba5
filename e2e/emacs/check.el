;;; check.el --- headless e2e check: Emacs 28 + eglot 1.9 against the kerneopgave language server  -*- lexical-binding: t -*-
;; Usage: emacs --batch -l e2e/emacs/check.el /abs/path/file.md
;; (Use --batch, not -Q: -Q skips Debian's site-start and then eglot/markdown-mode can't be found.)
;; Waits (event-driven, 15 s timeout) for textDocument/publishDiagnostics, hovers on »tilbyde« (line 31),
;; prints one JSON line to stdout and exits 0 on success, 1 on failure.
(require 'eglot)
(require 'json)
(setq eglot-autoshutdown t)
(defvar e2e-t0 (float-time))
(defvar e2e-server (or (getenv "E2E_SERVER") "/work/main/dist/server.js"))
(defvar e2e-file (expand-file-name (car (last command-line-args-left))))
(setq command-line-args-left nil)
(defvar e2e-word "tilbyde")
(defvar e2e-line 31)
(defvar e2e-diags nil "Raw LSP diagnostics (vector of plists) from the last publish for e2e-file.")

(defvar e2e-mode (if (require 'markdown-mode nil t) 'markdown-mode 'text-mode))
;; Same shape as the README snippet.
(setq eglot-server-programs `((,e2e-mode . ("node" ,e2e-server "--stdio"))))
;; Fallback project when the file is not inside a VCS checkout.
(add-hook 'project-find-functions (lambda (_dir) (cons 'transient (file-name-directory e2e-file))) 100)

;; Capture the raw notification so we can see the diagnostic codes (Flymake only keeps the text).
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest args)
              (when (and (string= (format "%s" method) "textDocument/publishDiagnostics")
                         (equal (file-truename (eglot--uri-to-path (plist-get args :uri)))
                                (file-truename e2e-file)))
                (setq e2e-diags (plist-get args :diagnostics)))))

(defun e2e-finish (result ok)
  (princ (concat "E2E-RESULT "
                 (json-encode (append result `((ok . ,(if ok t :json-false))
                                               (ms . ,(round (* 1000 (- (float-time) e2e-t0)))))))
                 "\n"))
  (let ((server (ignore-errors (eglot-current-server))))
    (when server (ignore-errors (eglot-shutdown server))))
  (kill-emacs (if ok 0 1)))

(find-file e2e-file)
(funcall e2e-mode)
;; eglot-ensure waits for post-command-hook, which never runs in --batch: connect directly.
(condition-case err
    (apply #'eglot--connect (eglot--guess-contact))
  (error (e2e-finish `((editor . "emacs") (version . ,emacs-version)
                       (error . ,(error-message-string err)))
                     nil)))
(let ((deadline (+ (float-time) 15)))
  (while (and (or (null e2e-diags) (= (length e2e-diags) 0)) (< (float-time) deadline))
    (accept-process-output nil 0.05)))

(let* ((server (eglot-current-server))
       (diags (append e2e-diags nil))
       (has-code (and (seq-find (lambda (d) (equal (format "%s" (plist-get d :code)) "aktivitet-uden-effekt")) diags) t))
       (pos (progn (goto-char (point-min)) (forward-line (1- e2e-line))
                   (and (search-forward e2e-word (line-end-position) t)
                        (progn (goto-char (match-beginning 0)) (eglot--TextDocumentPositionParams)))))
       (hover (and server pos (jsonrpc-request server :textDocument/hover pos :timeout 5)))
       (contents (plist-get hover :contents))
       (text (cond ((stringp contents) contents)
                   ((vectorp contents) (let ((c (and (> (length contents) 0) (aref contents 0))))
                                         (if (stringp c) c (plist-get c :value))))
                   (t (plist-get contents :value))))
       (ok (and server diags has-code text (> (length text) 0))))
  (e2e-finish `((editor . "emacs") (version . ,emacs-version) (eglot . ,(let ((lib (or (locate-library "eglot") ""))) ; version from the ELPA dir name, e.g. .../eglot-1.9/
                            (if (string-match "eglot-\\([0-9.]+\\)/" lib) (match-string 1 lib) :null)))
                (mode . ,(symbol-name e2e-mode))
                (diagnostics . ,(length diags))
                (hasAktivitetUdenEffekt . ,(if has-code t :json-false))
                (position . ,(if pos (plist-get pos :position) :null))
                (hover . ,(if text (substring text 0 (min 80 (length text))) :null)))
              ok))
