// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cc {

class InlineMessage;
class StatementModel;
class StatementService;

/**
 * The Statements workspace (issue 6 §5): every patient with a patient balance, its aging by
 * DOS, whether insurance is still pending on a visit and why, and which statement the next one
 * would be. The biller ticks patients (Space, or "Tick all"), previews what each statement will
 * say ("Preview", Ctrl+Shift+P) and prints them ("Print statements…", Ctrl+P), which asks
 * where to save the PDF, bills ready self-pay visits and records the run. Reads and writes only
 * through StatementService; reloads when it says statements changed.
 */
class StatementsWidget : public QWidget
{
    Q_OBJECT
public:
    StatementsWidget(
        const Session &session, StatementService &statements, QWidget *parent = nullptr);

    StatementModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The statement date (today unless set: tests pass a fixed day).
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today);
    /// The text of the preview pane.
    QString previewText() const;

public slots:
    void reload();
    /// Shows what the ticked patients' statements will say.
    bool preview();
    /// Asks for a file, then printTo().
    bool print();
    /// Runs the statements of the ticked patients into @p path without dialogs.
    bool printTo(const QString &path);

signals:
    void statusMessageRequested(const QString &text);

private:
    void showCurrent();
    void updateActions();

    Session m_session;
    StatementService &m_statements;
    QDate m_today;
    StatementModel *m_model = nullptr;
    InlineMessage *m_message = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_tickAll = nullptr;
    QPushButton *m_tickNone = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace cc
