import org.attune.account.PasswordHasher;

/** Prints Attune's hash of a password, for benchmark accounts: java -cp target/classes bench/HashPassword.java pw */
public class HashPassword {
    public static void main(String[] args) {
        System.out.println(new PasswordHasher().hash(args[0].toCharArray()));
    }
}
