// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace cc {

class AuditAccuracyModel;
class AuditComparisonModel;
class CodeSetService;
class CodingAuditItemModel;
class CodingAuditListModel;
class CodingAuditService;
class InlineMessage;
class RecodePanel;

/**
 * The "Coding audit" workspace (issue 7 §4). What a role sees:
 *  - **Audits** (managers): draw a sample (period of DOS, encounters per coder, seed; Draw),
 *    the audits drawn and the items of the selected one with their state and accuracy. Enter
 *    on an item recodes it (pending) or shows the comparison (done).
 *  - **Recode** (managers and coders): the items waiting for the session's blind recode (never
 *    its own coding); Enter opens one in the RecodePanel; Ctrl+S saves.
 *  - **Comparison** (managers): both codings of a done item side by side, each row marked
 *    "✓ Agreed" or with the disagreement in words.
 *  - **Accuracy** (managers): per coder per month, a table and a line chart.
 * Reads and writes only through CodingAuditService; reloads when it says audits changed.
 */
class CodingAuditWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Audits, Recode, Comparison, Accuracy };

    CodingAuditWidget(const Session &session, CodingAuditService &audits, CodeSetService &codes,
                      QWidget *parent = nullptr);

    CodingAuditListModel *auditModel() const { return m_auditModel; }
    CodingAuditItemModel *itemModel() const { return m_itemModel; }
    CodingAuditItemModel *pendingModel() const { return m_pendingModel; }
    AuditComparisonModel *comparisonModel() const { return m_comparisonModel; }
    AuditAccuracyModel *accuracyModel() const { return m_accuracyModel; }
    RecodePanel *recodePanel() const { return m_recode; }

    /// Whether the session's role shows @p page.
    bool hasPage(Page page) const;
    void showPage(Page page);
    Page currentPage() const;
    /// The audit selected on the Audits page (0 when none).
    qint64 currentAuditId() const;
    /// The item selected on the Audits page (0 when none).
    qint64 currentItemId() const;

public slots:
    void reload();
    /// Draws a sample with the period, per-coder count and seed of the form.
    bool drawSample();
    /// Opens @p itemId in the recode panel (Recode page).
    bool openRecode(qint64 itemId);
    /// Shows the comparison of the done item @p itemId (Comparison page).
    bool showComparison(qint64 itemId);
    /// Recodes or compares the item selected on the Audits page, as its state allows.
    bool openCurrentItem();
    void reloadAccuracy();

signals:
    void statusMessageRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildAuditsPage();
    QWidget *buildRecodePage();
    QWidget *buildComparisonPage();
    QWidget *buildAccuracyPage();
    void addPage(Page page, QWidget *widget);
    void reloadItems();
    void reloadPending();
    void updateChart();
    void updateItemActions();
    void retranslateTabs();

    Session m_session;
    CodingAuditService &m_audits;
    CodeSetService &m_codes;
    bool m_manager = false;
    QTabWidget *m_tabs = nullptr;
    QList<QPair<Page, QWidget *>> m_pages;
    InlineMessage *m_message = nullptr;

    CodingAuditListModel *m_auditModel = nullptr;
    CodingAuditItemModel *m_itemModel = nullptr;
    CodingAuditItemModel *m_pendingModel = nullptr;
    AuditComparisonModel *m_comparisonModel = nullptr;
    AuditAccuracyModel *m_accuracyModel = nullptr;

    QDateEdit *m_drawFrom = nullptr;
    QDateEdit *m_drawTo = nullptr;
    QSpinBox *m_perCoder = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_draw = nullptr;
    QTableView *m_auditTable = nullptr;
    QTableView *m_itemTable = nullptr;
    QPushButton *m_recodeItem = nullptr;
    QPushButton *m_compareItem = nullptr;

    QTableView *m_pendingTable = nullptr;
    QLabel *m_pendingEmpty = nullptr;
    RecodePanel *m_recode = nullptr;

    QLabel *m_comparisonHeader = nullptr;
    QTableView *m_comparisonTable = nullptr;
    QLabel *m_comparisonNote = nullptr;

    QDateEdit *m_accuracyFrom = nullptr;
    QDateEdit *m_accuracyTo = nullptr;
    QTableView *m_accuracyTable = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace cc
