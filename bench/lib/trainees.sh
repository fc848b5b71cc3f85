# Benchmark trainees (sourced after bench/lib/attune-on-mariadb.sh, not run):
#   create_trainees <database> <password> <prefix> <count> [<prefix> <count> ...]
#       <prefix>1..<count>@bench.example for each group (bench-trainee-, bench-warm-, ...), active, with the password
#       hashed by Attune's own PasswordHasher (OWASP's work factor, as real accounts) and the TRAINEE role
create_trainees() {
    local database=$1 password=$2 hash prefix count i rows=()
    shift 2
    hash=$(java -cp target/classes bench/HashPassword.java "$password")
    while [ "$#" -ge 2 ]; do
        prefix=$1 count=$2
        shift 2
        for i in $(seq 1 "$count"); do
            rows+=("('${prefix}${i}@bench.example', 'Bench ${prefix}${i}', '${hash}', TRUE, NOW(6), 0)")
        done
    done
    {
        echo "INSERT INTO person (email, display_name, password_hash, active, created_at, version) VALUES"
        (IFS=,; echo "${rows[*]};")
        echo "INSERT INTO person_role (person_id, role) SELECT id, 'TRAINEE' FROM person WHERE email LIKE 'bench-%';"
    } | sql "$database"
}
