-- The daily retention job (org.attune.retention) runs on one node of a cluster: the node that moves this lease's
-- run_after forward runs it, the others find it already moved.
INSERT INTO cluster_lease (name) VALUES ('retention');
