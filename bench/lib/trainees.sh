# Benchmark trainees (sourced after bench/lib/attune-on-mariadb.sh, not run):
#   create_trainees <database> <count> <warm-up count> <password>
#       bench-trainee-1..count@bench.example and bench-warm-1..warm-up count@bench.example, active, with the password
#       hashed by Attune's own PasswordHasher (OWASP's work factor, as real accounts) and the TRAINEE role
create_trainees() {
    local database=$1 count=$2 warm=$3 password=$4 hash i sep
    hash=$(java -cp target/classes bench/HashPassword.java "$password")
    {
        echo "INSERT INTO person (email, display_name, password_hash, active, created_at, version) VALUES"
        for i in $(seq 1 "$warm"); do
            echo "('bench-warm-${i}@bench.example', 'Bench Warm-up ${i}', '${hash}', TRUE, NOW(6), 0),"
        done
        for i in $(seq 1 "$count"); do
            sep=","; [ "$i" = "$count" ] && sep=";"
            echo "('bench-trainee-${i}@bench.example', 'Bench Trainee ${i}', '${hash}', TRUE, NOW(6), 0)${sep}"
        done
        echo "INSERT INTO person_role (person_id, role) SELECT id, 'TRAINEE' FROM person WHERE email LIKE 'bench-%';"
    } | sql "$database"
}
