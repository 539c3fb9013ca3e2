// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/posting.h"

#include <QAbstractItemModel>

namespace cc {

/**
 * What an ERA will do (EraPreview) or did (RemittanceDetail::content), as a tree:
 * payments (one per 835 transaction) → their claims (CLP) → each claim's service lines (SVC).
 * Read-only. Money is right-aligned "$1,234.50"; what matched nothing is said in words.
 *
 * @code
 * model.setPreview(service.previewEra(bytes, name).value());
 * model.headline(); // "3 payments from 2 payers, 41 claims, $12,345.67 paid, 2 not matched"
 * @endcode
 */
class EraPreviewModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column {
        Item,        ///< payer / CLP01 / procedure code
        Detail,      ///< trace and date / patient / date of service
        Status,
        Charge,
        Allowed,
        Paid,
        PatientResponsibility,
        Adjusted,
        Denied,
        Match,
        Adjustments, ///< "CO-45 40.00; PR-2 20.00"
        Remarks,     ///< RARCs (lines); notes (claims)
        Count
    };
    enum class Level { Transaction, Claim, Line };
    /// Qt::UserRole + 1: the Level of a row (int).
    static constexpr int LevelRole = Qt::UserRole + 1;
    /// Our claim id of a claim or line row (qint64, 0 when not matched).
    static constexpr int ClaimIdRole = Qt::UserRole + 2;
    /// The amount in cents (qint64) of a money column; an invalid variant when not shown.
    static constexpr int CentsRole = Qt::UserRole + 3;
    /// Whether the row matched a claim (claims) or a line (lines) of ours (bool).
    static constexpr int MatchedRole = Qt::UserRole + 4;

    explicit EraPreviewModel(QObject *parent = nullptr);

    void setPreview(const EraPreview &preview);
    void setTransactions(const QList<EraTransactionPreview> &transactions);
    void clear();
    const QList<EraTransactionPreview> &transactions() const { return m_transactions; }

    /// "3 payments from 2 payers, 41 claims, $12,345.67 paid, 2 not matched".
    QString headline() const;
    /// The claim at @p index (a claim row or one of its lines), else nullptr.
    const EraClaimPreview *claimAt(const QModelIndex &index) const;
    Level levelOf(const QModelIndex &index) const;

    /// "CO-45 40.00; PR-2 20.00".
    static QString adjustmentText(const QList<PostedAdjustment> &adjustments);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// One row of the tree; node 0 is the invisible root.
    struct Node
    {
        int parent = -1;
        int row = 0;
        Level level = Level::Transaction;
        int transaction = -1;
        int claim = -1;
        int line = -1;
        QList<int> children;
    };
    void rebuild();
    const Node *nodeOf(const QModelIndex &index) const;
    QVariant transactionData(const EraTransactionPreview &t, Column column, int role) const;
    QVariant claimData(const EraClaimPreview &c, Column column, int role) const;
    QVariant lineData(const EraClaimPreview &c, const EraLinePreview &l, Column column,
                      int role) const;

    QList<EraTransactionPreview> m_transactions;
    QList<Node> m_nodes;
};

} // namespace cc
