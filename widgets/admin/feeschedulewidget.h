// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"
#include "storage/practicerepository.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace cc {

class PracticeService;

/**
 * The practice's fee schedule: the charge of each CPT/HCPCS code, by default and per payer,
 * from an effective date on. A filter narrows the table; the form beside it adds a fee or, for
 * the selected row, changes it. Every write goes through PracticeService (permission
 * ManageFeeSchedule, audited). A removal can be undone until the next one.
 */
class FeeScheduleWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column { CodeColumn, PayerColumn, ChargeColumn, EffectiveColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FeeIdRole };

    FeeScheduleWidget(const Session &session, PracticeService &practice,
                      QWidget *parent = nullptr);

    /// The table's model as shown (filtered and sorted).
    QSortFilterProxyModel *proxy() const { return m_proxy; }

public slots:
    void reload();
    /// Saves the form as a fee; refuses a malformed or negative charge with a message.
    void saveFee();
    void removeSelected();
    void undoRemove();
    /// Clears the form for a new fee.
    void newFee();

signals:
    void statusMessageRequested(const QString &message);

private:
    void buildUi();
    void fillForm();
    void updateCounts();
    void updateHint();
    void setMessage(const QString &text, bool problem);
    void selectFee(qint64 payerId, const QString &code, const QDate &effectiveFrom);
    QString payerLabel(qint64 payerId) const;

    Session m_session;
    PracticeService &m_practice;
    QList<PracticeRepository::FeeRow> m_fees;
    QList<PracticeRepository::FeeRow> m_removed; ///< the last removal, for Undo

    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_payer = nullptr;
    QLineEdit *m_charge = nullptr;
    QDateEdit *m_effective = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace cc
