"""``chainfill gui --self-test``: open the main window, visit every view, try the import wizard.

Runs offscreen as well as on a screen. Prints what it visited (one line per step) and sets
``exit_code`` to 0 when every step worked, 1 otherwise. No dialog blocks: message boxes are
turned into lines on stderr (ui.messages.headless) and any unexpected error fails the test.
"""

from __future__ import annotations

import sys
import time
import traceback

from PySide6.QtCore import QCoreApplication, QObject, QSize
from PySide6.QtWidgets import QScrollArea

import resources
from ui import messages, workers

STEP_TIMEOUT_MS = 120_000


class SelfTest(QObject):
    def __init__(self, window, size: tuple[int, int] | None = None):
        super().__init__(window)
        self.window = window
        self.size = size  # the window size every view must fit (its width budget)
        self.exit_code = 1
        self.lines: list[str] = []
        self.failures: list[str] = []

    def say(self, text: str) -> None:
        self.lines.append(text)
        print(text, flush=True)

    def fail(self, text: str) -> None:
        self.failures.append(text)
        print(f"失败：{text}", file=sys.stderr, flush=True)

    def start(self) -> None:
        try:
            self._run()
        except Exception:
            self.fail(traceback.format_exc())
        errors = list(messages.collected)
        for e in errors:
            self.fail(e)
        self.exit_code = 0 if not self.failures else 1
        self.say("自检通过" if self.exit_code == 0 else f"自检失败（{len(self.failures)} 处问题）")
        self.window.close()
        QCoreApplication.instance().exit(self.exit_code)

    def _wait(self, what: str, busy=lambda: False) -> bool:
        deadline = time.monotonic() + STEP_TIMEOUT_MS / 1000
        while time.monotonic() < deadline:
            if not workers.wait_idle(200):
                continue
            if not busy():
                QCoreApplication.processEvents()
                return True
        self.fail(f"{what}：超时")
        return False

    def _run(self) -> None:
        w = self.window
        ctx = w.ctx
        self._wait("首次显示", lambda: not w._painted)  # views start loading after it
        self._wait("启动")  # demo data generation, when asked for, finishes first
        ctx._firm_count = None
        w.update_status()
        self.say(f"数据库：{ctx.db_path}（企业 {ctx.firm_count():,} 家）")
        for spec in w.specs:
            t0 = time.monotonic()
            before = len(messages.collected)
            try:
                view = w.show_view(spec.key)
            except Exception:
                self.fail(f"视图“{spec.translated_title()}”无法打开：\n{traceback.format_exc()}")
                continue
            self._wait(spec.translated_title(), getattr(view, "busy", lambda: False))
            if len(messages.collected) > before:
                self.fail(f"视图“{spec.translated_title()}”出错")
            if not view.isVisible():
                self.fail(f"视图“{spec.translated_title()}”没有显示")
            self._check_fits(spec.translated_title())
            describe = getattr(view, "describe", None)
            detail = describe() if describe else ""
            ms = (time.monotonic() - t0) * 1000
            self.say(f"已访问：{spec.translated_title()}（{ms:.0f} ms）{detail}")
        self._import_wizard()

    def _check_fits(self, title: str) -> None:
        """With ``--size``: the window's minimum size with this view shown must fit the size
        asked for (a view whose widgets force a wider window is cut off on a laptop)."""
        if self.size is None:
            return
        w = self.window
        view = w.stack.currentWidget()
        # The window's own chrome (navigation, status bar) plus what this view needs: the
        # stack's minimum is the largest of all the views visited so far.
        stack_min = w.stack.minimumSizeHint()
        win_min = w.minimumSizeHint().expandedTo(w.minimumSize())
        own = view.minimumSizeHint().expandedTo(view.minimumSize())
        need = QSize(
            win_min.width() - stack_min.width() + own.width(),
            win_min.height() - stack_min.height() + own.height(),
        )
        width, height = self.size
        if need.width() > width or need.height() > height:
            self.fail(
                f"视图“{title}”至少需要 {need.width()}×{need.height()} 像素，"
                f"超出窗口 {width}×{height}"
            )
        # A page inside a scroll area does not raise the window's minimum: it scrolls
        # sideways instead, which on a laptop hides its right-hand side just the same.
        # (Tables may scroll sideways; whole pages of cards may not.)
        QCoreApplication.processEvents()
        for area in view.findChildren(QScrollArea):
            inner = area.widget()
            if not area.isVisible() or inner is None:
                continue
            overflow = inner.minimumSizeHint().width() - area.viewport().width()
            if area.horizontalScrollBar().maximum() > 0 or overflow > 0:
                self.fail(
                    f"视图“{title}”在 {width}×{height} 的窗口中需要横向滚动"
                    f"（{area.objectName() or type(inner).__name__} 宽出 "
                    f"{max(overflow, area.horizontalScrollBar().maximum())} 像素）"
                )

    def _import_wizard(self) -> None:
        from PySide6.QtWidgets import QWizard

        sample = resources.path("samples", "firms_sample.csv")
        w = self.window
        wizard = w.open_import(str(sample))
        QCoreApplication.processEvents()
        if not wizard.isVisible():
            self.fail("导入向导没有打开")
            return
        wizard.next()  # file page -> mapping page (reads the file in a worker)
        self._wait("导入向导预览", wizard.busy)
        pv = wizard.mapping_page.preview
        if pv is None:
            self.fail("导入向导没有读出示例文件：" + "；".join(wizard.errors))
        else:
            mapped = sum(1 for f in wizard.mapping_page.mapping().values() if f)
            self.say(
                f"已打开导入向导：{sample.name}，{pv.encoding_label}，识别 {mapped}/{len(pv.headers)} 列"
            )
        if wizard.currentPage() is not wizard.mapping_page:
            self.fail("导入向导没有进入列对应页")
        wizard.button(QWizard.WizardButton.CancelButton).click()
        QCoreApplication.processEvents()
        if wizard.isVisible():
            self.fail("导入向导没有关闭")
        else:
            self.say("已关闭导入向导（未写入数据库）")
